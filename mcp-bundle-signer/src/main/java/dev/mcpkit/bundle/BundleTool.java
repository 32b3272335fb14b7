package dev.mcpkit.bundle;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.spi.ToolProvider;

/**
 * The module's one entry point, found with {@link java.util.ServiceLoader} in a class loader of its own, so that only
 * JDK types cross:
 * <pre>
 * sign &lt;bundle&gt; --key &lt;PEM text or file&gt; --cert &lt;PEM text or file&gt;   exit 0 signed
 * sign &lt;bundle&gt; --self-signed &lt;common name&gt;                          exit 0 signed (for dry runs)
 * verify &lt;bundle&gt;                                    exit 0 valid, 3 unsigned, 1 not valid
 * </pre>
 * Exit 2 is a wrong command line, 1 anything that went wrong; messages never hold the key.
 */
public final class BundleTool implements ToolProvider {

    public static final String NAME = "mcpkit-mcpb";
    static final int UNSIGNED = 3;

    private static final String USAGE = "usage: sign <bundle> (--key <PEM> --cert <PEM> | --self-signed <common name>) | verify <bundle>";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int run(PrintWriter out, PrintWriter err, String... args) {
        try {
            if (args.length == 2 && args[0].equals("verify")) {
                return verify(Path.of(args[1]), out);
            }
            if (args.length == 4 && args[0].equals("sign") && args[2].equals("--self-signed")) {
                return sign(Path.of(args[1]), SigningIdentity.selfSigned(args[3]), out);
            }
            if (args.length == 6 && args[0].equals("sign") && args[2].equals("--key") && args[4].equals("--cert")) {
                return sign(Path.of(args[1]), SigningIdentity.fromPem(pem(args[3]), pem(args[5])), out);
            }
            err.println(USAGE);
            return 2;
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            err.println(e.getMessage());
            return 1;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int sign(Path bundle, SigningIdentity identity, PrintWriter out) throws IOException, GeneralSecurityException {
        BundleSignature.sign(bundle, identity);
        out.println("signed " + bundle.getFileName() + " as " + identity.certificate().getSubjectX500Principal().getName());
        return 0;
    }

    private static int verify(Path bundle, PrintWriter out) throws IOException {
        BundleSignature.Verification v = BundleSignature.verify(bundle);
        switch (v.status()) {
            case VALID:
                out.println("valid signature by " + v.signer() + (v.selfSigned() ? " (self-signed)" : ""));
                return 0;
            case UNSIGNED:
                out.println("unsigned");
                return UNSIGNED;
            default:
                out.println("not valid: " + v.problem());
                return 1;
        }
    }

    /** PEM text as given, or the contents of the file it names. */
    private static String pem(String value) throws IOException {
        return value.contains("-----BEGIN") ? value : Files.readString(Path.of(value));
    }
}
