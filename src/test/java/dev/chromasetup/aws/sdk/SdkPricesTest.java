package dev.chromasetup.aws.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chromasetup.aws.HourlyPrice;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/** The Price List adapter against a loopback stub shaped like the real GetProducts API. */
class SdkPricesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);
    private static final AwsCredentialsProvider CREDS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing"));
    private static final String T3_SMALL = PricingStub.resource("t3-small-us-east-1.product.json");

    private final SdkHttpClient http = UrlConnectionHttpClient.builder()
            .connectionTimeout(Duration.ofSeconds(2)).socketTimeout(Duration.ofSeconds(5)).build();
    private final PricingStub stub = new PricingStub();

    @AfterEach
    void close() {
        stub.close();
        http.close();
    }

    private SdkPrices prices(URI endpoint, Optional<PriceDiskCache> disk, Clock clock) {
        return new SdkPrices(() -> http, () -> CREDS, endpoint, clock, disk);
    }

    @Test
    void readsTheOnDemandHourlyPriceFromARealShapedAnswer() throws IOException {
        stub.answer(200, PricingStub.getProducts(null, T3_SMALL));

        Optional<HourlyPrice> price = prices(stub.endpoint(), Optional.empty(), CLOCK).hourly("t3.small", "us-east-1");

        assertThat(price).isPresent();
        assertThat(price.get().usdPerHour()).isEqualByComparingTo("0.0208");
        assertThat(price.get().source()).isEqualTo("AWS Price List API");
        assertThat(price.get().asOf()).isEqualTo(LocalDate.of(2026, 11, 26));

        PricingStub.Request request = stub.requests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/");
        assertThat(request.header("X-Amz-Target")).isEqualTo("AWSPriceListService.GetProducts");
        assertThat(request.header("Content-Type")).isEqualTo("application/x-amz-json-1.1");
        assertThat(request.header("Authorization"))
                .startsWith("AWS4-HMAC-SHA256 Credential=testing/20")
                .contains("/us-east-1/pricing/aws4_request");
        JsonNode body = JSON.readTree(request.body());
        assertThat(body.path("ServiceCode").asText()).isEqualTo("AmazonEC2");
        assertThat(body.path("FormatVersion").asText()).isEqualTo("aws_v1");
        Map<String, String> filters = new java.util.HashMap<>();
        body.path("Filters").forEach(f -> {
            assertThat(f.path("Type").asText()).isEqualTo("TERM_MATCH");
            filters.put(f.path("Field").asText(), f.path("Value").asText());
        });
        assertThat(filters).containsExactlyInAnyOrderEntriesOf(Map.of(
                "instanceType", "t3.small",
                "operatingSystem", "Linux",
                "location", "US East (N. Virginia)",
                "preInstalledSw", "NA",
                "licenseModel", "No License required",
                "tenancy", "Shared",
                "capacitystatus", "Used"));
    }

    @Test
    void usesTheRegionsPriceListLocationNameAndSignsForUsEast1() throws IOException {
        stub.answer(200, PricingStub.getProducts(null, T3_SMALL.replace("0.0208000000", "0.0236000000")));

        Optional<HourlyPrice> price = prices(stub.endpoint(), Optional.empty(), CLOCK).hourly("t3.small", "eu-central-1");

        assertThat(price.orElseThrow().usdPerHour()).isEqualByComparingTo("0.0236");
        PricingStub.Request request = stub.requests().get(0);
        assertThat(request.body()).contains("\"EU (Frankfurt)\"");
        assertThat(request.header("Authorization")).contains("/us-east-1/pricing/aws4_request");
    }

    @Test
    void answersAreCachedInMemoryPerTypeAndRegion() {
        stub.answer(200, PricingStub.getProducts(null, T3_SMALL));
        SdkPrices prices = prices(stub.endpoint(), Optional.empty(), CLOCK);

        prices.hourly("t3.small", "us-east-1");
        prices.hourly("t3.small", "us-east-1");
        assertThat(stub.requests()).hasSize(1);

        prices.hourly("t3.small", "us-west-2");
        assertThat(stub.requests()).hasSize(2);
    }

    @Test
    void followsNextToken() {
        stub.answer(200, PricingStub.getProducts("page-2"))
                .answer(200, PricingStub.getProducts(null, T3_SMALL));

        assertThat(prices(stub.endpoint(), Optional.empty(), CLOCK).hourly("t3.small", "us-east-1")).isPresent();
        assertThat(stub.requests()).hasSize(2);
        assertThat(stub.requests().get(1).body()).contains("\"NextToken\":\"page-2\"");
    }

    @Test
    void accessDeniedGivesEmptyAndTheApiIsNotAskedAgain() {
        stub.answer(400, "{\"__type\":\"AccessDeniedException\",\"Message\":\"User: arn:aws:iam::123456789012:user/dev "
                + "is not authorized to perform: pricing:GetProducts\"}", Map.of("x-amzn-ErrorType", "AccessDeniedException:"));
        SdkPrices prices = prices(stub.endpoint(), Optional.empty(), CLOCK);

        assertThat(prices.hourly("t3.small", "us-east-1")).isEmpty();
        assertThat(prices.hourly("t3.medium", "us-east-1")).isEmpty();
        assertThat(stub.requests()).hasSize(1);
    }

    @Test
    void connectionRefusedGivesEmpty() throws IOException {
        URI dead;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            dead = URI.create("http://127.0.0.1:" + s.getLocalPort());
        }
        SdkPrices prices = prices(dead, Optional.empty(), CLOCK);

        assertThat(prices.hourly("t3.small", "us-east-1")).isEmpty();
        assertThat(prices.hourly("t3.large", "us-east-1")).isEmpty();
    }

    @Test
    void serverErrorsAndUnknownAnswersGiveEmpty() {
        stub.answer(500, "<html>oops</html>").answer(200, "not json").answer(200, PricingStub.getProducts(null));
        SdkPrices prices = prices(stub.endpoint(), Optional.empty(), CLOCK);

        assertThat(prices.hourly("t3.small", "us-east-1")).isEmpty();
        assertThat(prices.hourly("t3.medium", "us-east-1")).isEmpty();
        assertThat(prices.hourly("t3.large", "us-east-1")).isEmpty();
        assertThat(stub.requests()).hasSize(3); // a server error does not switch the API off
    }

    @Test
    void aRegionWithoutALocationNameIsNotAsked() {
        assertThat(prices(stub.endpoint(), Optional.empty(), CLOCK).hourly("t3.small", "xx-nowhere-1")).isEmpty();
        assertThat(stub.requests()).isEmpty();
    }

    @Test
    void diskCacheKeepsPricesForSevenDaysWrittenPrivately(@TempDir Path home) throws IOException {
        stub.answer(200, PricingStub.getProducts(null, T3_SMALL));
        PriceDiskCache disk = PriceDiskCache.forEnvironment(Map.of("XDG_CACHE_HOME", home.resolve("cache").toString()));
        prices(stub.endpoint(), Optional.of(disk), CLOCK).hourly("t3.small", "us-east-1");

        Path file = home.resolve("cache/chroma-setup/prices.json");
        assertThat(disk.file()).isEqualTo(file);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(file.getParent())).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.list(file.getParent())).containsExactly(file); // no temporary file left behind

        // A later run with no network at all: the cached price, with the day it was fetched.
        URI dead = URI.create("http://127.0.0.1:9");
        Clock sevenDaysLater = Clock.offset(CLOCK, Duration.ofDays(7));
        Optional<HourlyPrice> cached = prices(dead, Optional.of(disk), sevenDaysLater).hourly("t3.small", "us-east-1");
        assertThat(cached.orElseThrow().usdPerHour()).isEqualByComparingTo("0.0208");
        assertThat(cached.get().asOf()).isEqualTo(LocalDate.of(2026, 11, 26));

        Clock eightDaysLater = Clock.offset(CLOCK, Duration.ofDays(8));
        assertThat(prices(dead, Optional.of(disk), eightDaysLater).hourly("t3.small", "us-east-1")).isEmpty();
    }

    @Test
    void aBrokenCacheFileIsIgnored(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("prices.json");
        Files.writeString(file, "{ not json");
        stub.answer(200, PricingStub.getProducts(null, T3_SMALL));

        assertThat(prices(stub.endpoint(), Optional.of(new PriceDiskCache(file)), CLOCK).hourly("t3.small", "us-east-1"))
                .get().extracting(HourlyPrice::usdPerHour).isEqualTo(new BigDecimal("0.0208"));
        assertThat(Files.readString(file)).contains("\"t3.small@us-east-1\"");
    }

    @Test
    void theConnectorSendsPriceCallsToTheEndpointOverrideAndKeepsNoDiskCache(@TempDir Path home) {
        stub.answer(200, PricingStub.getProducts(null, T3_SMALL));
        Map<String, String> env = new java.util.HashMap<>(dev.chromasetup.testing.MotoAws.testEnv());
        env.put("XDG_CACHE_HOME", home.toString());
        try (SdkAwsConnector aws = new SdkAwsConnector(dev.chromasetup.testing.MotoAws.options(stub.endpoint()), env)) {
            assertThat(aws.prices().hourly("t3.small", "us-east-1")).isPresent();
            assertThat(aws.prices().hourly("t3.small", "us-east-1")).isPresent();
        }
        assertThat(stub.requests()).hasSize(1);
        assertThat(home.resolve("chroma-setup")).doesNotExist();
    }
}
