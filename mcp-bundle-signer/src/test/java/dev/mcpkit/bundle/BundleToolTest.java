package dev.mcpkit.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bundles signed here are checked by a second, independent implementation (openssl cms) over the exact signed bytes,
 * and still read as zip archives; one changed byte fails both.
 */
class BundleToolTest {

    @TempDir
    Path tmp;

    private Path bundle;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void bundle() throws IOException {
        bundle = tmp.resolve("weather-1.2.0.mcpb");
        try (OutputStream file = Files.newOutputStream(bundle); ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write("{\"manifest_version\":\"0.3\",\"name\":\"weather\"}".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("server/weather-1.2.0.jar"));
            zip.write(new byte[4096]);
        }
    }

    private int tool(String... args) {
        return new BundleTool().run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void aSelfSignedBundleVerifiesHereAndWithOpenssl() throws Exception {
        assertThat(tool("sign", bundle.toString(), "--self-signed", "Ada Example")).isEqualTo(0);
        assertThat(tool("verify", bundle.toString())).isEqualTo(0);
        assertThat(out.toString()).contains("signed weather-1.2.0.mcpb as CN=Ada Example")
                .contains("valid signature by CN=Ada Example (self-signed)");

        Path[] parts = split(Files.readAllBytes(bundle));
        assertThat(openssl("cms", "-verify", "-binary", "-inform", "DER", "-in", parts[1].toString(), "-content",
                parts[0].toString(), "-noverify", "-out", tmp.resolve("content.out").toString())).isEqualTo(0);
        assertThat(Files.mismatch(tmp.resolve("content.out"), parts[0])).isEqualTo(-1L);
    }

    @Test
    void aSignedBundleIsStillAZipThatUnzipAndJavaRead() throws Exception {
        tool("sign", bundle.toString(), "--self-signed", "Ada");
        try (ZipFile zip = new ZipFile(bundle.toFile())) {
            assertThat(Collections.list(zip.entries())).extracting(ZipEntry::getName)
                    .containsExactly("manifest.json", "server/weather-1.2.0.jar");
        }
        Process unzip = new ProcessBuilder("unzip", "-t", bundle.toString()).redirectErrorStream(true).start();
        String report = new String(unzip.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(unzip.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(unzip.exitValue()).as(report).isEqualTo(0);
        assertThat(report).contains("No errors detected");
    }

    @Test
    void oneChangedByteFailsHereAndInOpenssl() throws Exception {
        tool("sign", bundle.toString(), "--self-signed", "Ada");
        byte[] signed = Files.readAllBytes(bundle);
        signed[100] ^= 1;
        Files.write(bundle, signed);

        assertThat(tool("verify", bundle.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("not valid");
        Path[] parts = split(signed);
        assertThat(openssl("cms", "-verify", "-binary", "-inform", "DER", "-in", parts[1].toString(), "-content",
                parts[0].toString(), "-noverify", "-out", tmp.resolve("content.out").toString())).isNotEqualTo(0);
    }

    @Test
    void aKeyAndCertificateFromOpensslSignAndTheChainChecksAgainstThatCertificate() throws Exception {
        Path key = tmp.resolve("key.pem");
        Path cert = tmp.resolve("cert.pem");
        assertThat(openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key.toString(), "-out", cert.toString(),
                "-subj", "/CN=Weather Publisher", "-days", "1", "-addext", "extendedKeyUsage=codeSigning")).isEqualTo(0);

        assertThat(tool("sign", bundle.toString(), "--key", Files.readString(key), "--cert", cert.toString())).as(err.toString()).isEqualTo(0);

        assertThat(tool("verify", bundle.toString())).isEqualTo(0);
        assertThat(out.toString()).contains("valid signature by CN=Weather Publisher");
        Path[] parts = split(Files.readAllBytes(bundle));
        assertThat(openssl("cms", "-verify", "-binary", "-inform", "DER", "-in", parts[1].toString(), "-content",
                parts[0].toString(), "-CAfile", cert.toString(), "-purpose", "any", "-out", tmp.resolve("content.out").toString()))
                .isEqualTo(0);
    }

    @Test
    void unsignedSignedTwiceAndWrongCommandLinesAreReported() throws Exception {
        assertThat(tool("verify", bundle.toString())).isEqualTo(BundleTool.UNSIGNED);
        assertThat(out.toString()).contains("unsigned");
        tool("sign", bundle.toString(), "--self-signed", "Ada");
        assertThat(tool("sign", bundle.toString(), "--self-signed", "Ada")).isEqualTo(1);
        assertThat(err.toString()).contains("signed already");
        assertThat(tool("sign", bundle.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("usage:");
    }

    @Test
    void aMalformedKeyIsRefusedWithoutQuotingIt() throws Exception {
        String planted = "-----BEGIN PRIVATE KEY-----\nplantedNotAKeyAtAll0123456789\n-----END PRIVATE KEY-----\n";
        assertThat(tool("sign", bundle.toString(), "--key", planted, "--cert", planted)).isEqualTo(1);
        assertThat(err.toString() + out).doesNotContain("plantedNotAKey");
    }

    /** The signed bytes and the DER signature, as files for openssl. */
    private Path[] split(byte[] file) throws IOException {
        int header = file.length - SignatureBlock.SIZE;
        assertThat(Arrays.copyOfRange(file, header, header + SignatureBlock.HEADER.length)).isEqualTo(SignatureBlock.HEADER);
        int length = java.nio.ByteBuffer.wrap(file, header + SignatureBlock.HEADER.length, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt();
        int start = header + SignatureBlock.HEADER.length + 4;
        Path content = Files.write(tmp.resolve("signed.bin"), Arrays.copyOf(file, header));
        Path signature = Files.write(tmp.resolve("signature.der"), Arrays.copyOfRange(file, start, start + length));
        return new Path[] {content, signature};
    }

    private int openssl(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(tmp.resolve("openssl.log").toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }
}
