package dev.chromasetup.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactorTest {
    private final Redactor r = new Redactor();
    private static final String KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    private static final String TOKEN = "IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQ";

    @Test
    void secretKeysInEveryShape() {
        assertThat(r.redact("aws_secret_access_key = " + KEY)).isEqualTo("aws_secret_access_key = ****");
        assertThat(r.redact("<SecretAccessKey>" + KEY + "</SecretAccessKey>")).doesNotContain(KEY);
        assertThat(r.redact("{\"SecretAccessKey\":\"" + KEY + "\"}")).doesNotContain(KEY);
        assertThat(r.redact("<SessionToken>" + TOKEN + "</SessionToken>")).doesNotContain(TOKEN);
        assertThat(r.redact("X-Amz-Security-Token: " + TOKEN)).isEqualTo("X-Amz-Security-Token: ****");
    }

    @Test
    void sigV4AuthorizationHeader() {
        String line = "Authorization: AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20250304/us-east-1/sts/aws4_request, "
                + "SignedHeaders=host;x-amz-date, Signature=fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024";
        String out = r.redact(line);
        assertThat(out).doesNotContain("AKIAIOSFODNN7EXAMPLE").doesNotContain("fe5f80f77d5fa3")
                .contains("Credential=****").contains("Signature=****").contains("SignedHeaders=host;x-amz-date");
    }

    @Test
    void otelParameterValueInFormBody() {
        String body = "Action=CreateStack&Parameters.member.1.ParameterKey=InstanceType&Parameters.member.1.ParameterValue=t3.small"
                + "&Parameters.member.2.ParameterKey=ChromaOtelCollectionHeaders&Parameters.member.2.ParameterValue=x-api-key%3Dabc"
                + "&StackName=s";
        String out = r.redact(body);
        assertThat(out).contains("ParameterValue=t3.small").contains("Parameters.member.2.ParameterValue=****&StackName=s")
                .doesNotContain("abc");
    }

    @Test
    void otelParameterValueInObjectShapes() {
        assertThat(r.redact("Parameter(ParameterKey=ChromaOtelCollectionHeaders, ParameterValue=x-api-key=abc)"))
                .doesNotContain("abc");
        assertThat(r.redact("{\"ParameterKey\":\"ChromaOtelCollectionHeaders\",\"ParameterValue\":\"x-api-key=abc\"}"))
                .doesNotContain("abc");
    }

    @Test
    void registeredLiteralsAlsoUrlEncoded() {
        r.add("Authorization=Bearer zzz");
        assertThat(r.redact("h=Authorization=Bearer zzz")).isEqualTo("h=****");
        assertThat(r.redact("v=Authorization%3DBearer+zzz&x")).isEqualTo("v=****&x");
    }

    @Test
    void ordinaryLinesAreUntouched() {
        assertThat(r.redact("DescribeStacks StackName=my-chroma-stack")).isEqualTo("DescribeStacks StackName=my-chroma-stack");
    }
}
