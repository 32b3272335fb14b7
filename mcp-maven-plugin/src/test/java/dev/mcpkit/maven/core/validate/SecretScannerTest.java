package dev.mcpkit.maven.core.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Keys are generated here with the shapes of real ones; none is real. Seeded: every run sees the same keys. */
class SecretScannerTest {

    private static final java.util.Random RANDOM = new java.util.Random(20261202L);
    static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    static final String LETTERS = ALNUM.substring(0, 52);
    static final String DIGITS = "0123456789";
    static final String B64 = ALNUM + "-_";

    static String random(String alphabet, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    static String aws() {
        return "AKIA" + random(UPPER, 16);
    }

    static String github() {
        return "ghp_" + random(ALNUM, 36);
    }

    /** One token format: lines holding a generated key of its shape, and look-alikes of it that must pass. */
    record Corpus(String rule, List<String> keys, List<String> lookAlikes) {
        @Override
        public String toString() {
            return rule;
        }
    }

    static Stream<Corpus> corpus() {
        return Stream.of(
                new Corpus("aws-access-key", List.of(aws(), "ASIA" + random(UPPER, 16)),
                        List.of("AKIAIOSFODNN7EXAMPLE", "AKIAXXXXXXXXXXXXXXXX", "AKIA${AWS_ACCESS_KEY_ID}")),
                new Corpus("github-token", List.of(github(), "gho_" + random(ALNUM, 36), "github_pat_" + random(ALNUM, 22) + "_" + random(ALNUM, 59)),
                        List.of("ghp_" + "x".repeat(36), "ghp_...", "github_pat_your_token_here", "${GITHUB_TOKEN}")),
                new Corpus("gitlab-token", List.of("glpat-" + random(B64, 20)),
                        List.of("glpat-" + "x".repeat(20), "glpat-<your-token>")),
                new Corpus("slack-token", List.of("xoxb-" + random(DIGITS, 12) + "-" + random(DIGITS, 13) + "-" + random(ALNUM, 24)),
                        List.of("xoxb-your-bot-token", "xoxp-0000000000-0000000000-" + "x".repeat(24))),
                new Corpus("slack-webhook", List.of("https://hooks.slack.com/services/T" + random(UPPER, 8) + "/B" + random(UPPER, 10) + "/" + random(ALNUM, 24)),
                        List.of("https://hooks.slack.com/services/T00000000/B00000000/" + "X".repeat(24), "https://hooks.slack.com/services/${SLACK_WEBHOOK}")),
                new Corpus("sk-key", List.of("sk-proj-" + random(B64, 40), "sk-ant-api03-" + random(B64, 95), "sk-" + random(ALNUM, 48)),
                        List.of("sk-...", "sk-your-api-key-here", "sk-" + "x".repeat(24), "task-runner-configuration-file-name")),
                new Corpus("stripe-key", List.of("sk_live_" + random(ALNUM, 24), "rk_live_" + random(ALNUM, 99)),
                        List.of("sk_live_...", "sk_live_" + "x".repeat(24), "sk_live_${STRIPE_SECRET_KEY}")),
                new Corpus("huggingface-token", List.of("hf_" + random(LETTERS, 34)),
                        List.of("hf_" + "x".repeat(34), "hf_...", "use_hf_transfer_for_downloadingTheModelWeights")),
                new Corpus("npm-token", List.of("//npm.example.dev/:_authToken=npm_" + random(ALNUM, 36)),
                        List.of("npm_" + "x".repeat(36), "npm_config_cache", "_authToken=${NPM_TOKEN}")),
                new Corpus("sendgrid-key", List.of("SG." + random(B64, 22) + "." + random(B64, 43)),
                        List.of("SG." + "x".repeat(22) + "." + "x".repeat(43), "SG.your-api-key", "MSG." + random(ALNUM, 22) + "." + random(ALNUM, 43))),
                new Corpus("google-api-key", List.of("AIza" + random(B64, 35)),
                        List.of("AIza" + "x".repeat(35), "AIzaSy...")),
                new Corpus("google-oauth-secret", List.of("GOCSPX-" + random(B64, 28)),
                        List.of("GOCSPX-" + "x".repeat(28), "GOCSPX-your-client-secret")),
                new Corpus("jwt", List.of("eyJ" + random(B64, 20) + ".eyJ" + random(B64, 30) + "." + random(B64, 43)),
                        List.of("eyJhbGciOiJIUzI1NiJ9", "eyJ...", "eyJhbGciOiJIUzI1NiJ9.eyJ" + "x".repeat(30))));
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void eachTokenFormatIsFoundInCodeAndConfigurationAndItsLookAlikesPass(Corpus corpus) {
        for (String key : corpus.keys()) {
            for (String line : List.of("  String key = \"" + key + "\";", "key: " + key, "KEY=" + key + " # production")) {
                List<SecretScanner.Hit> hits = SecretScanner.scanText("Config.java", line);
                assertThat(rules(hits)).as(line).containsExactly(corpus.rule());
                assertThat(hits.get(0).toString()).doesNotContain(key);
            }
        }
        for (String lookAlike : corpus.lookAlikes()) {
            assertThat(SecretScanner.scanText("Config.java", "  String key = \"" + lookAlike + "\";")).as(lookAlike).isEmpty();
            assertThat(SecretScanner.scanText("config.properties", "key=" + lookAlike)).as(lookAlike).isEmpty();
        }
    }

    @Test
    void everyKnownTokenRuleHasACorpus() {
        assertThat(corpus().map(Corpus::rule)).containsExactlyElementsOf(TokenRule.KNOWN.stream().map(TokenRule::id).toList());
    }

    private static List<String> rules(List<SecretScanner.Hit> hits) {
        return hits.stream().map(SecretScanner.Hit::rule).toList();
    }

    @Test
    void everyKindOfTokenIsFoundInJavaSource() {
        String source = String.join("\n",
                "class Keys {",
                "  String aws = \"" + aws() + "\";",
                "  String gh = \"" + github() + "\";",
                "  String pat = \"github_pat_" + random(ALNUM, 40) + "\";",
                "  String gl = \"glpat-" + random(ALNUM, 20) + "\";",
                "  String slack = \"xoxp-" + random("0123456789", 11) + "-" + random(ALNUM, 20) + "\";",
                "  String openai = \"sk-proj-" + random(ALNUM, 40) + "\";",
                "  String anthropic = \"sk-ant-api03-" + random(ALNUM, 40) + "\";",
                "  String google = \"AIza" + random(ALNUM, 35) + "\";",
                "  String jwt = \"eyJ" + random(ALNUM, 20) + ".eyJ" + random(ALNUM, 30) + "." + random(ALNUM, 40) + "\";",
                "  String pem = \"-----BEGIN OPENSSH PRIVATE KEY-----\";",
                "  String password = \"" + random(ALNUM, 10) + "!" + random(ALNUM, 10) + "\";",
                "}");

        List<SecretScanner.Hit> hits = SecretScanner.scanText("Keys.java", source);

        assertThat(rules(hits)).containsExactly("aws-access-key", "github-token", "github-token", "gitlab-token", "slack-token",
                "sk-key", "sk-key", "google-api-key", "jwt", "private-key", "secret-assignment");
        assertThat(hits).extracting(SecretScanner.Hit::line).containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    }

    @Test
    void propertiesAndYamlValuesCountWithoutQuotes() {
        String properties = "aws.key=" + aws() + "\nservice.api_key=" + random(ALNUM, 14) + "7Q\n";
        String yaml = "service:\n  token: " + random(ALNUM, 20) + "9z\n  github: " + github() + "\n";

        assertThat(rules(SecretScanner.scanText("app.properties", properties))).containsExactly("aws-access-key", "secret-assignment");
        assertThat(SecretScanner.scanText("application.yml", yaml)).extracting(SecretScanner.Hit::line).containsExactly(2, 3);
    }

    @Test
    void placeholdersReferencesAndWordsAreNotSecrets() {
        String text = String.join("\n",
                "api.key=${API_KEY}",
                "password=changeme",
                "token: ${env:TOKEN}",
                "String secret = System.getenv(\"SECRET\");",
                "String password = \"changeme\";",
                "String token = \"${API_TOKEN}\";",
                "apiKey: <your-api-key>",
                "password = \"xxxxxxxxxxxx\"",
                "secret_name=production",
                "String tokenizer = \"whitespace\";",
                "<password>${env.DB_PASSWORD}</password>");

        assertThat(SecretScanner.scanText("mixed.properties", text)).isEmpty();
        assertThat(SecretScanner.scanText("Mixed.java", text)).isEmpty();
    }

    @Test
    void aPasswordInsideAUrlIsFoundAndUrlsWithoutOneOrWithAReferencePass() {
        String password = random(ALNUM, 20) + "!";
        String text = String.join("\n",
                "spring.datasource.url=jdbc:postgresql://app:" + password + "@db.internal:5432/app",
                "String remote = \"https://deploy:" + random(ALNUM, 20) + "@git.example.dev/team/repo.git\";",
                "redis: rediss://default:${REDIS_PASSWORD}@cache:6380",
                "docs: https://user:password@host",
                "String site = \"http://localhost:8080/path?user=a@b\";",
                "mail: mailto:someone@example.dev, git@git.example.dev:team/repo.git");

        List<SecretScanner.Hit> hits = SecretScanner.scanText("application.properties", text);

        assertThat(hits).extracting(SecretScanner.Hit::rule, SecretScanner.Hit::line)
                .containsExactly(tuple("url-credentials", 1), tuple("url-credentials", 2));
        assertThat(hits.get(0).toString()).doesNotContain(password);
    }

    @Test
    void aSecretLiteralHandedToASetterOrBuilderIsFoundAndReferencesPass() {
        String text = String.join("\n",
                "client.setApiKey(\"" + random(ALNUM, 32) + "\");",
                "OpenAiClient.builder().apiKey( \"" + random(ALNUM, 32) + "\" ).build();",
                "source.withPassword(\"" + random(ALNUM, 12) + "%" + random(ALNUM, 8) + "\");",
                "client.setApiKey(System.getenv(\"API_KEY\"));",
                "client.setToken(\"${SERVICE_TOKEN}\");",
                "analyzer.setTokenizer(\"whitespace\");",
                "source.withPassword(\"changeme\");");

        assertThat(SecretScanner.scanText("Client.java", text)).extracting(SecretScanner.Hit::rule, SecretScanner.Hit::line)
                .containsExactly(tuple("secret-argument", 1), tuple("secret-argument", 2), tuple("secret-argument", 3));
    }

    @Test
    void aCommentAfterAnUnquotedValueDoesNotHideIt() {
        String env = "# the service\nAPI_KEY=" + random(ALNUM, 24) + " # production key\nexport DB_PASSWORD=" + random(ALNUM, 20) + "\t#rotated\n";
        String yaml = "service:\n  token: " + random(ALNUM, 20) + "   # from the console\n  password: ${DB_PASSWORD} # injected\n";

        assertThat(SecretScanner.scanText(".env", env)).extracting(SecretScanner.Hit::line).containsExactly(2, 3);
        assertThat(SecretScanner.scanText("application.yml", yaml)).extracting(SecretScanner.Hit::line).containsExactly(2);
    }

    @Test
    void everyDotEnvVariantIsReadAsNameValueLines() {
        String line = "API_KEY=" + random(ALNUM, 24) + "\n";
        for (String file : List.of(".env.production", "src/main/resources/.env.local", "deploy/prod.env")) {
            assertThat(SecretScanner.scanText(file, line)).as(file).extracting(SecretScanner.Hit::rule).containsExactly("secret-assignment");
        }
        assertThat(SecretScanner.scanText(".env.example", "API_KEY=your-api-key\nDB_PASSWORD=\nTOKEN=changeme\n")).isEmpty();
    }

    @Test
    void aPasswordElementInXmlIsFound() {
        String pom = "<server>\n  <password>" + random(ALNUM, 12) + "#" + random(ALNUM, 6) + "</password>\n</server>";
        assertThat(SecretScanner.scanText("pom.xml", pom)).extracting(SecretScanner.Hit::line).containsExactly(2);
    }

    @Test
    void valuesAreMaskedAndNeverCarriedWhole() {
        String key = aws();
        SecretScanner.Hit hit = SecretScanner.scanText("a.properties", "k=" + key).get(0);

        assertThat(hit.masked()).isEqualTo(key.substring(0, 4) + "****… (20 chars)").doesNotContain(key.substring(4));
        assertThat(hit.toString()).doesNotContain(key);
    }

    @Test
    void twoKeysThatMaskAlikeHaveDifferentFingerprints() {
        SecretScanner.Hit a = SecretScanner.scanText("a", github()).get(0);
        SecretScanner.Hit b = SecretScanner.scanText("b", github()).get(0);
        assertThat(a.masked()).isEqualTo(b.masked());
        assertThat(a.fingerprint()).isNotEqualTo(b.fingerprint());
    }

    @Test
    void compiledConstantsAreFoundInClassBytes() {
        String key = github();
        byte[] classFile = ("\u00ca\u00fe\u00ba\u00be\u0000\u0001" + key + "\u0000\u0007").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(rules(SecretScanner.scanBinary("Keys.class", classFile))).containsExactly("github-token");
    }

    @Test
    void aConstantWhoseLengthReadsAsALetterIsStillFoundInAClassFile() throws IOException {
        String anthropic = "sk-ant-api03-" + random(B64, 95);
        String stripe = "sk_live_" + random(ALNUM, 99);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(0xCAFEBABE);
            out.writeInt(61);
            out.writeShort(5);
            out.writeByte(1);
            out.writeUTF(anthropic);   // 108 bytes: the length's low byte is 'l'
            out.writeByte(5);
            out.writeLong(42);
            out.writeByte(1);
            out.writeUTF(stripe);      // 107 bytes: 'k'
        }

        assertThat(rules(SecretScanner.scanBinary("Keys.class", bytes.toByteArray()))).containsExactly("sk-key", "stripe-key");
    }

    @Test
    void entropySeparatesWordsFromRandomStrings() {
        assertThat(SecretScanner.entropy("aaaaaaaa")).isZero();
        assertThat(SecretScanner.looksSecret("production")).isFalse();
        assertThat(SecretScanner.looksSecret("Xq7vR2mZp9Lk")).isTrue();
    }
}
