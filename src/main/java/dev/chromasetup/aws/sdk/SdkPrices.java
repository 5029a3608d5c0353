package dev.chromasetup.aws.sdk;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chromasetup.aws.HourlyPrice;
import dev.chromasetup.aws.Prices;
import dev.chromasetup.text.RegionNames;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;

/**
 * Prices from the Price List Query API ({@code pricing:GetProducts}, service code AmazonEC2,
 * on-demand Linux, shared tenancy, no pre-installed software or licence, capacity status "Used").
 *
 * <p>The call is made with the SDK's own SigV4 signer and the connector's shared HTTP client rather
 * than the SDK's {@code pricing} module: the Maven repository this project builds from does not serve
 * that module at the SDK version of the BOM, and mixing SDK module versions is unsupported. The wire
 * format is the documented AWS JSON 1.1 protocol: {@code POST /}, {@code X-Amz-Target:
 * AWSPriceListService.GetProducts}, content type {@code application/x-amz-json-1.1}.
 *
 * <p>The endpoint is us-east-1's whatever region is priced (only us-east-1 and ap-south-1 exist);
 * an endpoint override (tests, emulators) is honoured. Any failure (access denied, no network, no
 * credentials, a malformed answer, several different prices) gives an empty answer, logged at debug:
 * pricing never blocks the flow. After a failure that would repeat for every type (denied, no network,
 * no credentials) the API is not asked again this session. Answers are cached in memory per
 * (type, region), and on disk when a {@link PriceDiskCache} is given.
 */
final class SdkPrices implements Prices {
    static final URI DEFAULT_ENDPOINT = URI.create("https://api.pricing.us-east-1.amazonaws.com");
    static final String SIGNING_REGION = "us-east-1";
    private static final Logger LOG = LoggerFactory.getLogger(SdkPrices.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_PAGES = 5;

    private final Supplier<SdkHttpClient> http;
    private final Supplier<AwsCredentialsProvider> credentials;
    private final URI endpoint;
    private final Clock clock;
    private final Optional<PriceDiskCache> disk;
    private final Map<String, Optional<HourlyPrice>> memory = new ConcurrentHashMap<>();
    private volatile boolean unavailable;

    SdkPrices(Supplier<SdkHttpClient> http, Supplier<AwsCredentialsProvider> credentials, URI endpoint, Clock clock,
            Optional<PriceDiskCache> disk) {
        this.http = http;
        this.credentials = credentials;
        this.endpoint = endpoint;
        this.clock = clock;
        this.disk = disk;
    }

    @Override
    public Optional<HourlyPrice> hourly(String instanceType, String region) {
        if (instanceType == null || region == null || instanceType.isBlank()) {
            return Optional.empty();
        }
        String key = instanceType + "@" + region;
        Optional<HourlyPrice> known = memory.get(key);
        if (known != null) {
            return known;
        }
        // Looked up outside the map's lock: a slow endpoint must not hold other lookups up.
        Optional<HourlyPrice> answer = lookUp(instanceType, region);
        Optional<HourlyPrice> raced = memory.putIfAbsent(key, answer);
        return raced == null ? answer : raced;
    }

    private Optional<HourlyPrice> lookUp(String instanceType, String region) {
        LocalDate today = LocalDate.now(clock);
        Optional<HourlyPrice> cached = disk.flatMap(d -> d.get(instanceType, region, today));
        if (cached.isPresent()) {
            return cached;
        }
        Optional<String> location = RegionNames.displayName(region);
        if (location.isEmpty() || unavailable) {
            LOG.debug("Price of {} in {}: not asked ({})", instanceType, region,
                    location.isEmpty() ? "no Price List location name for the region" : "Price List API unavailable");
            return Optional.empty();
        }
        try {
            Optional<BigDecimal> price = fetch(instanceType, location.get());
            LOG.debug("Price of {} in {} from the Price List API: {}", instanceType, region, price.orElse(null));
            Optional<HourlyPrice> answer = price.map(p -> new HourlyPrice(p, HourlyPrice.PRICE_LIST_API, today));
            answer.ifPresent(p -> disk.ifPresent(d -> d.put(instanceType, region, p)));
            return answer;
        } catch (Denied e) {
            unavailable = true;
            LOG.debug("Price List API refused GetProducts ({}): using the bundled table from now on", e.getMessage());
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // Network failure, missing credentials, unexpected answer: none of these blocks the wizard.
            unavailable = unavailable || isUnreachable(e) || isCredentialsProblem(e);
            LOG.debug("Price List API failed for {} in {}: {}: {}", instanceType, region,
                    e.getClass().getSimpleName(), AwsErrors.sanitize(e.getMessage()));
            return Optional.empty();
        }
    }

    private Optional<BigDecimal> fetch(String instanceType, String location) throws IOException {
        List<BigDecimal> prices = new ArrayList<>();
        Optional<String> token = Optional.empty();
        for (int page = 0; page < MAX_PAGES; page++) {
            PriceListParser.Page answer = PriceListParser.parse(call(body(instanceType, location, token)));
            prices.addAll(answer.hourlyUsd());
            token = answer.nextToken();
            if (token.isEmpty()) {
                break;
            }
        }
        Optional<BigDecimal> single = PriceListParser.single(prices);
        if (single.isEmpty() && !prices.isEmpty()) {
            LOG.debug("Price List API gave {} different prices for {} in {}: not guessing", prices.size(),
                    instanceType, location);
        }
        return single;
    }

    static byte[] body(String instanceType, String location, Optional<String> nextToken) {
        ObjectNode root = JSON.createObjectNode();
        root.put("ServiceCode", "AmazonEC2");
        root.put("FormatVersion", "aws_v1");
        ArrayNode filters = root.putArray("Filters");
        for (String[] f : new String[][] {
                {"instanceType", instanceType},
                {"operatingSystem", "Linux"},
                {"location", location},
                {"preInstalledSw", "NA"},
                {"licenseModel", "No License required"},
                {"tenancy", "Shared"},
                {"capacitystatus", "Used"}}) {
            filters.addObject().put("Type", "TERM_MATCH").put("Field", f[0]).put("Value", f[1]);
        }
        root.put("MaxResults", 100);
        nextToken.ifPresent(t -> root.put("NextToken", t));
        try {
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] call(byte[] payload) throws IOException {
        AwsCredentials creds = credentials.get().resolveCredentials();
        SdkHttpFullRequest request = SdkHttpFullRequest.builder()
                .method(SdkHttpMethod.POST)
                .uri(endpoint)
                .encodedPath(endpoint.getRawPath() == null || endpoint.getRawPath().isEmpty() ? "/" : endpoint.getRawPath())
                .putHeader("Content-Type", "application/x-amz-json-1.1")
                .putHeader("X-Amz-Target", "AWSPriceListService.GetProducts")
                .putHeader("Content-Length", Integer.toString(payload.length))
                .build();
        SignedRequest signed = AwsV4HttpSigner.create().sign(r -> r
                .identity(creds)
                .request(request)
                .payload(ContentStreamProvider.fromByteArray(payload))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "pricing")
                .putProperty(AwsV4HttpSigner.REGION_NAME, SIGNING_REGION));
        HttpExecuteResponse response = http.get().prepareRequest(HttpExecuteRequest.builder()
                .request(signed.request())
                .contentStreamProvider(signed.payload().orElse(null))
                .build()).call();
        byte[] bytes;
        if (response.responseBody().isPresent()) {
            try (InputStream in = response.responseBody().get()) {
                bytes = in.readAllBytes();
            }
        } else {
            bytes = new byte[0];
        }
        int status = response.httpResponse().statusCode();
        if (status / 100 != 2) {
            String code = errorCode(bytes, response.httpResponse().firstMatchingHeader("x-amzn-ErrorType").orElse(""));
            if (status == 403 || code.contains("AccessDenied") || code.contains("UnrecognizedClient")
                    || code.contains("InvalidSignature") || code.contains("ExpiredToken")) {
                throw new Denied("HTTP " + status + " " + code);
            }
            throw new BadAnswer("HTTP " + status + " " + code);
        }
        return bytes;
    }

    /** The AWS error code of a JSON 1.1 error answer ({@code "__type": "...#AccessDeniedException"}). */
    static String errorCode(byte[] body, String header) {
        String type = header;
        try {
            com.fasterxml.jackson.databind.JsonNode node = JSON.readTree(body);
            if (node != null && node.path("__type").isTextual()) {
                type = node.path("__type").asText();
            }
        } catch (IOException e) {
            // Not JSON (an HTML error page, an emulator's 404): the status says enough.
        }
        type = type.contains(":") ? type.substring(0, type.indexOf(':')) : type;
        return AwsErrors.sanitize(type.contains("#") ? type.substring(type.lastIndexOf('#') + 1) : type);
    }

    /** No connection at all (refused, unknown host, timeout): asking again for the next type would only wait. */
    private static boolean isUnreachable(Exception e) {
        return e instanceof IOException && !(e instanceof BadAnswer)
                && !(e instanceof com.fasterxml.jackson.core.JacksonException);
    }

    private static boolean isCredentialsProblem(Exception e) {
        String m = String.valueOf(e.getMessage());
        return m.startsWith("Unable to load credentials") || m.contains("contained no credentials");
    }

    /** A non-2xx answer that is not a denial (a server error, an emulator without the API). */
    private static final class BadAnswer extends IOException {
        private static final long serialVersionUID = 1L;

        BadAnswer(String message) {
            super(message);
        }
    }

    /** An answer that will be the same for every type: denied, bad or expired credentials. */
    private static final class Denied extends IOException {
        private static final long serialVersionUID = 1L;

        Denied(String message) {
            super(message);
        }
    }
}
