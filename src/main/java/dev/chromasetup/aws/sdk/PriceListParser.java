package dev.chromasetup.aws.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Reads a Price List Query API {@code GetProducts} answer: {@code {"FormatVersion":"aws_v1",
 * "PriceList":["{...}"], "NextToken":"..."}} where each PriceList entry is a JSON document held in a
 * string. The hourly on-demand price is at {@code terms.OnDemand.*.priceDimensions.*.pricePerUnit.USD}
 * (unit "Hrs"). Entries that are not plain on-demand compute (capacity blocks, other product families)
 * and zero prices are skipped.
 */
final class PriceListParser {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The hourly prices found on one page, and the token of the next page if there is one. */
    record Page(List<BigDecimal> hourlyUsd, Optional<String> nextToken) {
        Page {
            hourlyUsd = List.copyOf(hourlyUsd);
        }
    }

    private PriceListParser() {
    }

    static Page parse(byte[] body) throws IOException {
        JsonNode root = JSON.readTree(body);
        if (root == null || !root.isObject()) {
            throw new IOException("GetProducts answer is not a JSON object");
        }
        List<BigDecimal> prices = new ArrayList<>();
        for (JsonNode entry : root.path("PriceList")) {
            JsonNode product = entry.isTextual() ? JSON.readTree(entry.asText()) : entry;
            prices.addAll(hourlyPrices(product));
        }
        JsonNode next = root.path("NextToken");
        return new Page(prices, next.isTextual() && !next.asText().isBlank() ? Optional.of(next.asText()) : Optional.empty());
    }

    /** The on-demand hourly USD prices of one product document. */
    static List<BigDecimal> hourlyPrices(JsonNode product) {
        JsonNode attributes = product.path("product").path("attributes");
        String marketOption = attributes.path("marketoption").asText("");
        if (!marketOption.isEmpty() && !marketOption.equalsIgnoreCase("OnDemand")) {
            return List.of();
        }
        String family = product.path("product").path("productFamily").asText("");
        if (!family.isEmpty() && !family.startsWith("Compute Instance")) {
            return List.of();
        }
        List<BigDecimal> out = new ArrayList<>();
        for (JsonNode term : product.path("terms").path("OnDemand")) {
            for (JsonNode dimension : term.path("priceDimensions")) {
                String unit = dimension.path("unit").asText("").toLowerCase(Locale.ROOT);
                JsonNode usd = dimension.path("pricePerUnit").path("USD");
                if (!unit.startsWith("hr") || !usd.isTextual()) {
                    continue;
                }
                try {
                    BigDecimal price = new BigDecimal(usd.asText().strip());
                    if (price.signum() > 0) {
                        out.add(price.stripTrailingZeros());
                    }
                } catch (NumberFormatException e) {
                    // A malformed price is no price: the table answers instead.
                }
            }
        }
        return out;
    }

    /**
     * One price when all the matching products agree; empty when there is none or they disagree (the
     * filters should leave exactly one product; if AWS ever adds a variant we fall back to the table
     * rather than guess).
     */
    static Optional<BigDecimal> single(List<BigDecimal> prices) {
        TreeSet<BigDecimal> distinct = new TreeSet<>(prices);
        return distinct.size() == 1 ? Optional.of(distinct.first()) : Optional.empty();
    }
}
