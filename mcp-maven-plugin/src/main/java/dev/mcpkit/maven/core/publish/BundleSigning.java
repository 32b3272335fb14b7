package dev.mcpkit.maven.core.publish;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.spi.ToolProvider;

import dev.mcpkit.maven.core.packaging.FileDigest;
import dev.mcpkit.maven.core.validate.BundleVerifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Signs the release's .mcpb before anything checksums or uploads it, with the key and certificate chain (PEM) in
 * {@code MCPB_SIGNING_KEY} and {@code MCPB_SIGNING_CERT}, or with a self-signed certificate in a dry run; then points
 * server.json's {@code fileSha256} at the signed bytes; {@code mcp:validate} checks signed bundles with it too. The
 * signer ({@code mcp-bundle-signer}) is a {@link ToolProvider} from a class loader of its own.
 */
public final class BundleSigning implements BundleVerifier {

    /** The {@link ToolProvider} name of the bundle signer. */
    public static final String TOOL = "mcpkit-mcpb";
    public static final String KEY = "MCPB_SIGNING_KEY";
    public static final String CERTIFICATE = "MCPB_SIGNING_CERT";

    private static final int VALID = 0;
    private static final int UNSIGNED = 3;

    private final Supplier<ToolProvider> signer;

    public BundleSigning(Supplier<ToolProvider> signer) {
        this.signer = signer;
    }

    /** What a release does with the bundle, for the plan. */
    public static String intent(Map<String, String> environment, boolean dryRun) {
        if (hasIdentity(environment)) {
            return "sign the .mcpb with the key and certificate in " + KEY + " and " + CERTIFICATE;
        }
        return dryRun ? "sign the .mcpb with a self-signed certificate (dry run; " + KEY + " and " + CERTIFICATE + " are not set)"
                : "leave the .mcpb unsigned (" + KEY + " and " + CERTIFICATE + " are not set)";
    }

    public void sign(ReleaseAssets assets, Map<String, String> environment, boolean dryRun, String signerName, Consumer<String> log)
            throws PublishException, IOException {
        Run before = run("verify", assets.mcpb().toString());
        if (before.exit() == VALID) {
            log.accept(assets.mcpb().getFileName() + " is signed already: " + before.out());
        } else if (before.exit() != UNSIGNED) {
            throw new PublishException(assets.mcpb().getFileName() + " carries a signature that is " + before.out()
                    + ": run mvn clean package to write it anew");
        } else if (hasIdentity(environment)) {
            check(run("sign", assets.mcpb().toString(), "--key", environment.get(KEY), "--cert", environment.get(CERTIFICATE)), assets);
        } else if (dryRun) {
            check(run("sign", assets.mcpb().toString(), "--self-signed", signerName + " (dry run)"), assets);
        } else {
            log.accept("WARNING " + assets.mcpb().getFileName() + " goes out unsigned: set " + KEY + " and " + CERTIFICATE
                    + " (PEM) to sign it");
            return;
        }
        Run after = run("verify", assets.mcpb().toString());
        if (after.exit() != VALID) {
            throw new PublishException(assets.mcpb().getFileName() + " does not verify after signing: " + after.out());
        }
        log.accept(assets.mcpb().getFileName() + ": " + after.out());
        pointServerJsonAt(assets);
    }

    @Override
    public Verdict verify(Path signedBundle) {
        Run run = run("verify", signedBundle.toString());
        String message = run.exit() == VALID || run.err().isEmpty() ? run.out() : run.err();
        return new Verdict(run.exit() == VALID, message.startsWith("not valid: ") ? message.substring("not valid: ".length()) : message);
    }

    private static boolean hasIdentity(Map<String, String> environment) {
        return present(environment.get(KEY)) && present(environment.get(CERTIFICATE));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static void check(Run signed, ReleaseAssets assets) throws PublishException {
        if (signed.exit() != 0) {
            throw new PublishException("cannot sign " + assets.mcpb().getFileName() + ": " + signed.err());
        }
    }

    /** server.json's mcpb package names the bundle's SHA-256: the signed bundle's, now. */
    private static void pointServerJsonAt(ReleaseAssets assets) throws IOException {
        pointServerJsonAt(assets, FileDigest.sha256(assets.mcpb()));
    }

    /** server.json's mcpb package names {@code sha} as its bundle's SHA-256. */
    static void pointServerJsonAt(ReleaseAssets assets, String sha) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        JsonNode root = json.readTree(assets.serverJson().toFile());
        for (JsonNode p : root.path("packages")) {
            if ("mcpb".equals(p.path("registryType").asString("")) && p instanceof ObjectNode pkg) {
                pkg.put("fileSha256", sha);
            }
        }
        json.writerWithDefaultPrettyPrinter().writeValue(assets.serverJson().toFile(), root);
    }

    private record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = signer.get().run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString().strip(), err.toString().strip());
    }
}
