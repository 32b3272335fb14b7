package dev.mcpkit.maven.core.validate;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The string constants of a class file's constant pool: a compiled literal without the length bytes before it. */
final class ClassConstants {

    private static final int MAGIC = 0xCAFEBABE;

    private ClassConstants() {
    }

    /** Empty when the bytes are not a class file; what was read before a malformed entry otherwise. */
    static List<String> of(byte[] bytes) {
        List<String> strings = new ArrayList<>();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (bytes.length < 10 || in.readInt() != MAGIC) {
                return strings;
            }
            in.skipNBytes(4);   // minor and major version
            int count = in.readUnsignedShort();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> strings.add(in.readUTF());
                    case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
                    case 15 -> in.skipNBytes(3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                    case 5, 6 -> {
                        in.skipNBytes(8);
                        i++;   // a long or double takes two slots
                    }
                    default -> {
                        return strings;
                    }
                }
            }
        } catch (IOException e) {
            // a truncated or malformed pool: the raw bytes are still scanned
        }
        return strings;
    }
}
