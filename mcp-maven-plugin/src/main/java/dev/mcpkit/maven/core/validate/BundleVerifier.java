package dev.mcpkit.maven.core.validate;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Checks the signature of a signed {@code .mcpb}. The plugin's one is {@code mcp-bundle-signer} in a class loader of
 * its own, resolved only when a bundle is signed: an unsigned bundle is told by its last bytes, here.
 */
@FunctionalInterface
public interface BundleVerifier {

    /** The last bytes of every signed bundle, as the mcpb CLI writes it. */
    byte[] SIGNATURE_END = "MCPB_SIG_END".getBytes(StandardCharsets.US_ASCII);

    /** A bundle's signature: valid or not, and one line on it (by whom it is signed, or why it does not verify). */
    record Verdict(boolean valid, String message) {
    }

    Verdict verify(Path signedBundle);

    /** Whether the bundle ends with a signature block (checked or not). */
    static boolean signed(Path bundle) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(bundle)) {
            if (channel.size() < SIGNATURE_END.length) {
                return false;
            }
            ByteBuffer end = ByteBuffer.allocate(SIGNATURE_END.length);
            channel.position(channel.size() - SIGNATURE_END.length);
            while (end.hasRemaining() && channel.read(end) >= 0) {
                // a file channel reads it all at once; the loop is for the contract
            }
            return Arrays.equals(end.array(), SIGNATURE_END);
        }
    }
}
