package dev.mcpkit.maven.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Keys are generated here with the shapes of real ones; none is real. */
class SecretScannerTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

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
    void entropySeparatesWordsFromRandomStrings() {
        assertThat(SecretScanner.entropy("aaaaaaaa")).isZero();
        assertThat(SecretScanner.looksSecret("production")).isFalse();
        assertThat(SecretScanner.looksSecret("Xq7vR2mZp9Lk")).isTrue();
    }
}
