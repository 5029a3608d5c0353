package dev.chromasetup.aws.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriceListParserTest {
    private static final String T3_SMALL = PricingStub.resource("t3-small-us-east-1.product.json");

    private static PriceListParser.Page parse(String body) throws IOException {
        return PriceListParser.parse(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void takesOnlyTheOnDemandHourlyPriceNotTheReservedOne() throws IOException {
        PriceListParser.Page page = parse(PricingStub.getProducts(null, T3_SMALL));

        assertThat(page.hourlyUsd()).containsExactly(new BigDecimal("0.0208"));
        assertThat(page.nextToken()).isEmpty();
        assertThat(PriceListParser.single(page.hourlyUsd())).contains(new BigDecimal("0.0208"));
    }

    @Test
    void readsTheNextToken() throws IOException {
        assertThat(parse(PricingStub.getProducts("abc")).nextToken()).contains("abc");
        assertThat(parse(PricingStub.getProducts("abc")).hourlyUsd()).isEmpty();
    }

    @Test
    void skipsCapacityBlocksOtherFamiliesAndZeroPrices() throws IOException {
        String capacityBlock = T3_SMALL.replace("\"marketoption\": \"OnDemand\"", "\"marketoption\": \"CapacityBlock\"")
                .replace("0.0208000000", "0.0300000000");
        String zero = T3_SMALL.replace("0.0208000000", "0.0000000000");
        String storage = T3_SMALL.replace("\"Compute Instance\"", "\"Storage\"").replace("0.0208000000", "0.1");

        assertThat(parse(PricingStub.getProducts(null, capacityBlock, zero, storage, T3_SMALL)).hourlyUsd())
                .containsExactly(new BigDecimal("0.0208"));
    }

    @Test
    void disagreeingPricesAreNotGuessed() {
        assertThat(PriceListParser.single(List.of(new BigDecimal("0.0208"), new BigDecimal("0.02080")))).isPresent();
        assertThat(PriceListParser.single(List.of(new BigDecimal("0.0208"), new BigDecimal("0.0416")))).isEmpty();
        assertThat(PriceListParser.single(List.of())).isEmpty();
    }

    @Test
    void malformedAnswersAreErrors() {
        assertThatThrownBy(() -> parse("[]")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> parse("{\"PriceList\":[\"{broken\"]}")).isInstanceOf(IOException.class);
    }

    @Test
    void errorCodesComeFromTheBodyOrTheHeader() {
        assertThat(SdkPrices.errorCode("{\"__type\":\"com.amazonaws#AccessDeniedException\"}".getBytes(StandardCharsets.UTF_8), ""))
                .isEqualTo("AccessDeniedException");
        assertThat(SdkPrices.errorCode("<html/>".getBytes(StandardCharsets.UTF_8), "ThrottlingException:http://x"))
                .isEqualTo("ThrottlingException");
    }
}
