package dev.mcpkit.bundle;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The signature block the mcpb CLI appends to a bundle: {@code MCPB_SIG_V1}, the signature's length (4 bytes, little
 * endian), the DER signature, zero padding, {@code MCPB_SIG_END}. The block is padded to {@link #SIZE} and the zip's
 * end-of-central-directory comment length is set to that size before signing, so the signed file is still a valid zip
 * and the signature covers exactly the bytes before the block (the mcpb CLI's prepare-for-signing layout).
 */
final class SignatureBlock {

    static final byte[] HEADER = "MCPB_SIG_V1".getBytes(StandardCharsets.US_ASCII);
    static final byte[] FOOTER = "MCPB_SIG_END".getBytes(StandardCharsets.US_ASCII);
    /** The block's size, padding included: the zip comment length of a prepared bundle. */
    static final int SIZE = 16384;

    private static final int EOCD_MAGIC = 0x06054b50;
    private static final int EOCD_MIN = 22;
    private static final int COMMENT_LENGTH_AT = 20;

    private SignatureBlock() {
    }

    /** A signed bundle split at its block: the signed bytes and the DER signature. */
    record Parts(byte[] signed, byte[] signature) {
    }

    /**
     * The bundle with its zip comment length set to the block's size: the bytes a signature covers.
     *
     * @throws IllegalArgumentException when it is not a zip, carries a comment, or is signed already
     */
    static byte[] prepare(byte[] bundle) {
        if (find(bundle).isPresent()) {
            throw new IllegalArgumentException("the bundle is signed already");
        }
        int eocd = endOfCentralDirectory(bundle);
        if (eocd < 0) {
            throw new IllegalArgumentException("not a zip archive: no end of central directory");
        }
        ByteBuffer le = ByteBuffer.wrap(bundle).order(ByteOrder.LITTLE_ENDIAN);
        if (le.getShort(eocd + COMMENT_LENGTH_AT) != 0 || eocd + EOCD_MIN != bundle.length) {
            throw new IllegalArgumentException("the zip has a comment: a signed bundle keeps that place for its signature");
        }
        byte[] prepared = bundle.clone();
        ByteBuffer.wrap(prepared).order(ByteOrder.LITTLE_ENDIAN).putShort(eocd + COMMENT_LENGTH_AT, (short) SIZE);
        return prepared;
    }

    /** The prepared bundle with the block holding {@code signature} appended. */
    static byte[] append(byte[] prepared, byte[] signature) {
        int used = HEADER.length + 4 + signature.length + FOOTER.length;
        if (used > SIZE) {
            throw new IllegalArgumentException("the signature takes " + used + " bytes, more than the block's " + SIZE
                    + ": use a shorter certificate chain");
        }
        ByteBuffer out = ByteBuffer.allocate(prepared.length + SIZE).order(ByteOrder.LITTLE_ENDIAN);
        out.put(prepared).put(HEADER).putInt(signature.length).put(signature);
        out.position(prepared.length + SIZE - FOOTER.length);
        out.put(FOOTER);
        return out.array();
    }

    /** The block of a signed bundle; empty when the bundle does not end with one. */
    static Optional<Parts> find(byte[] file) {
        if (file.length < HEADER.length + 4 + FOOTER.length
                || !Arrays.equals(file, file.length - FOOTER.length, file.length, FOOTER, 0, FOOTER.length)) {
            return Optional.empty();
        }
        // a padded block starts SIZE bytes from the end; an unpadded one (older CLIs) just before the footer
        int padded = file.length - SIZE;
        int header = padded >= 0 && Arrays.equals(file, padded, padded + HEADER.length, HEADER, 0, HEADER.length) ? padded
                : lastIndexOf(file, HEADER, file.length - FOOTER.length - HEADER.length);
        if (header < 0) {
            return Optional.empty();
        }
        long length = Integer.toUnsignedLong(ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN).getInt(header + HEADER.length));
        int start = header + HEADER.length + 4;
        if (length > file.length - FOOTER.length - start) {
            return Optional.empty();
        }
        return Optional.of(new Parts(Arrays.copyOf(file, header), Arrays.copyOfRange(file, start, start + (int) length)));
    }

    private static int endOfCentralDirectory(byte[] zip) {
        ByteBuffer le = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = zip.length - EOCD_MIN; i >= 0; i--) {
            if (le.getInt(i) == EOCD_MAGIC) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(byte[] data, byte[] needle, int from) {
        for (int i = from; i >= 0; i--) {
            if (Arrays.equals(data, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }
}
