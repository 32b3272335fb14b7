package dev.mcpkit.classfile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads annotations straight from class-file bytes (JVMS §4.7.16-4.7.24). It exists for start-up
 * speed: the first reflective {@code getAnnotation} call costs 25-40 ms (dynamic proxies, their
 * bytecode generator and lambdas), more than the whole budget for answering {@code initialize}.
 */
public final class ClassFileReader {

    private static final int MAGIC = 0xCAFEBABE;

    private final Cursor in;
    private Object[] pool;          // numbers, and CONSTANT_Utf8 strings once decoded
    private int[] utf8Offsets;      // where each CONSTANT_Utf8 starts (its length), 0 for other entries

    private ClassFileReader(byte[] bytes) {
        this.in = new Cursor(bytes);
    }

    /**
     * Big-endian reads straight from the array: at start-up this code runs in the interpreter,
     * where a DataInputStream over a ByteArrayInputStream costs several calls per byte.
     */
    private static final class Cursor {
        private final byte[] b;
        private int pos;

        Cursor(byte[] b) {
            this.b = b;
        }

        int readUnsignedByte() throws IOException {
            check(1);
            return b[pos++] & 0xff;
        }

        int readUnsignedShort() throws IOException {
            check(2);
            int v = ((b[pos] & 0xff) << 8) | (b[pos + 1] & 0xff);
            pos += 2;
            return v;
        }

        int readInt() throws IOException {
            check(4);
            int v = ((b[pos] & 0xff) << 24) | ((b[pos + 1] & 0xff) << 16) | ((b[pos + 2] & 0xff) << 8) | (b[pos + 3] & 0xff);
            pos += 4;
            return v;
        }

        long readLong() throws IOException {
            long hi = readInt() & 0xffffffffL;
            return (hi << 32) | (readInt() & 0xffffffffL);
        }

        float readFloat() throws IOException {
            return Float.intBitsToFloat(readInt());
        }

        double readDouble() throws IOException {
            return Double.longBitsToDouble(readLong());
        }

        void skipBytes(int n) throws IOException {
            check(n);
            pos += n;
        }

        /** Skips a CONSTANT_Utf8 and returns where it starts; it is decoded only if asked for. */
        int skipUTF() throws IOException {
            int at = pos;
            skipBytes(readUnsignedShort());
            return at;
        }

        /** The CONSTANT_Utf8 at {@code at} (modified UTF-8): plain ASCII is decoded without a decoder. */
        String utfAt(int at) throws IOException {
            int len = ((b[at] & 0xff) << 8) | (b[at + 1] & 0xff);
            int start = at + 2;
            for (int i = start; i < start + len; i++) {
                if (b[i] <= 0) {   // non-ASCII, or the two-byte form of NUL
                    return modifiedUtf8(start, len);
                }
            }
            return new String(b, start, len, StandardCharsets.ISO_8859_1);
        }

        private String modifiedUtf8(int start, int len) throws IOException {
            StringBuilder sb = new StringBuilder(len);
            int i = start;
            int end = start + len;
            while (i < end) {
                int c = b[i] & 0xff;
                if (c < 0x80) {
                    sb.append((char) c);
                    i++;
                } else if ((c & 0xe0) == 0xc0 && i + 1 < end) {
                    sb.append((char) (((c & 0x1f) << 6) | (b[i + 1] & 0x3f)));
                    i += 2;
                } else if ((c & 0xf0) == 0xe0 && i + 2 < end) {
                    sb.append((char) (((c & 0x0f) << 12) | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f)));
                    i += 3;
                } else {
                    throw new IOException("malformed modified UTF-8 in the constant pool");
                }
            }
            return sb.toString();
        }

        private void check(int n) throws IOException {
            if (n < 0 || pos + n > b.length) {
                throw new IOException("truncated class file");
            }
        }
    }

    /** Parses the annotation-related parts of a class file. */
    public static ClassAnnotations read(byte[] classBytes) throws IOException {
        return new ClassFileReader(classBytes).parse();
    }

    private ClassAnnotations parse() throws IOException {
        if (in.readInt() != MAGIC) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        readConstantPool();
        in.readUnsignedShort();   // access flags
        in.readUnsignedShort();   // this class
        in.readUnsignedShort();   // super class
        int interfaces = in.readUnsignedShort();
        in.skipBytes(2 * interfaces);
        Map<String, MemberAnnotations> fields = members(false, null);
        Set<String> methodNames = new HashSet<>();
        Map<String, MemberAnnotations> methods = members(true, methodNames);
        List<AnnotationValues> classAnnotations = new ArrayList<>();
        Map<String, MemberAnnotations> components = new LinkedHashMap<>();
        int attributes = in.readUnsignedShort();
        for (int i = 0; i < attributes; i++) {
            String name = utf8(in.readUnsignedShort());
            int length = in.readInt();
            if (name.equals("RuntimeVisibleAnnotations")) {
                classAnnotations.addAll(annotations());
            } else if (name.equals("Record")) {
                int count = in.readUnsignedShort();
                for (int c = 0; c < count; c++) {
                    String componentName = utf8(in.readUnsignedShort());
                    in.readUnsignedShort();   // descriptor
                    MemberAnnotations m = memberAttributes(0);
                    components.put(componentName, m == null ? MemberAnnotations.NONE : m);
                }
            } else {
                in.skipBytes(length);
            }
        }
        return new ClassAnnotations(classAnnotations, methods, methodNames, fields, components);
    }

    private void readConstantPool() throws IOException {
        int count = in.readUnsignedShort();
        pool = new Object[count];
        utf8Offsets = new int[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1: utf8Offsets[i] = in.skipUTF(); break;
                case 3: pool[i] = in.readInt(); break;
                case 4: pool[i] = in.readFloat(); break;
                case 5: pool[i] = in.readLong(); i++; break;
                case 6: pool[i] = in.readDouble(); i++; break;
                case 7: case 8: case 16: case 19: case 20: in.skipBytes(2); break;
                case 9: case 10: case 11: case 12: case 17: case 18: in.skipBytes(4); break;
                case 15: in.skipBytes(3); break;
                default: throw new IOException("unknown constant pool tag " + tag);
            }
        }
    }

    /**
     * The fields or methods that carry annotations (a member without any is left out: most are
     * plain code); names of annotated methods go to {@code names}.
     */
    private Map<String, MemberAnnotations> members(boolean methods, Set<String> names) throws IOException {
        Map<String, MemberAnnotations> out = new HashMap<>();
        int count = in.readUnsignedShort();
        for (int i = 0; i < count; i++) {
            in.readUnsignedShort();   // access flags
            int name = in.readUnsignedShort();
            int descriptor = in.readUnsignedShort();
            MemberAnnotations m = memberAttributes(methods ? -descriptor : 0);
            if (m != null) {
                String n = utf8(name);
                out.put(methods ? n + utf8(descriptor) : n, m);
                if (names != null) {
                    names.add(n);
                }
            }
        }
        return out;
    }

    /**
     * A member's annotations, or null if it has none.
     *
     * @param parameters the number of parameters, or minus the constant-pool index of the method's
     *                   descriptor to count them from when parameter annotations are present
     */
    private MemberAnnotations memberAttributes(int parameters) throws IOException {
        List<AnnotationValues> annotations = null;
        List<List<AnnotationValues>> params = null;
        int attributes = in.readUnsignedShort();
        for (int a = 0; a < attributes; a++) {
            String attr = utf8(in.readUnsignedShort());
            int length = in.readInt();
            if (attr.startsWith("RuntimeVisible")) {
                if (annotations == null) {
                    annotations = new ArrayList<>();
                    params = parameterLists(parameters < 0 ? parameterCount(utf8(-parameters)) : parameters);
                }
            }
            switch (attr) {
                case "RuntimeVisibleAnnotations":
                    annotations.addAll(annotations());
                    break;
                case "RuntimeVisibleParameterAnnotations": {
                    int n = in.readUnsignedByte();
                    // javac may leave out synthetic leading parameters (inner class constructors): align to the end
                    int offset = Math.max(0, params.size() - n);
                    for (int p = 0; p < n; p++) {
                        List<AnnotationValues> list = annotations();
                        if (p + offset < params.size()) {
                            params.get(p + offset).addAll(list);
                        }
                    }
                    break;
                }
                case "RuntimeVisibleTypeAnnotations":
                    typeAnnotations(params, annotations);
                    break;
                default:
                    in.skipBytes(length);
            }
        }
        return annotations == null ? null : new MemberAnnotations(annotations, params);
    }

    private static List<List<AnnotationValues>> parameterLists(int parameters) {
        List<List<AnnotationValues>> params = new ArrayList<>(parameters);
        for (int p = 0; p < parameters; p++) {
            params.add(new ArrayList<>());
        }
        return params;
    }

    /** Type-use annotations: those on a formal parameter's type count as parameter annotations, on a field or component type as member annotations. */
    private void typeAnnotations(List<List<AnnotationValues>> params, List<AnnotationValues> member) throws IOException {
        int n = in.readUnsignedShort();
        for (int i = 0; i < n; i++) {
            int target = in.readUnsignedByte();
            int parameter = -1;
            switch (target) {
                case 0x16: parameter = in.readUnsignedByte(); break;   // formal parameter
                case 0x13: case 0x14: case 0x15: break;                // field/component, return, receiver: empty target
                case 0x00: case 0x01: case 0x17: in.skipBytes(target == 0x17 ? 2 : 1); break;
                case 0x10: case 0x11: case 0x12: in.skipBytes(target == 0x10 ? 2 : 3); break;
                default: throw new IOException("unexpected type annotation target " + target + " outside code");
            }
            int pathLength = in.readUnsignedByte();
            in.skipBytes(2 * pathLength);
            AnnotationValues a = annotation();
            if (pathLength == 0) {   // annotations on the outer type only: @Nullable String, not List<@Nullable String>
                if (parameter >= 0 && parameter < params.size()) {
                    params.get(parameter).add(a);
                } else if (target == 0x13) {
                    member.add(a);
                }
            }
        }
    }

    private List<AnnotationValues> annotations() throws IOException {
        int n = in.readUnsignedShort();
        List<AnnotationValues> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(annotation());
        }
        return list;
    }

    private AnnotationValues annotation() throws IOException {
        String type = utf8(in.readUnsignedShort());
        int pairs = in.readUnsignedShort();
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs; i++) {
            String name = utf8(in.readUnsignedShort());
            values.put(name, elementValue());
        }
        return new AnnotationValues(type, values);
    }

    private Object elementValue() throws IOException {
        int tag = in.readUnsignedByte();
        switch (tag) {
            case 'B': return ((Integer) pool[in.readUnsignedShort()]).byteValue();
            case 'C': return (char) ((Integer) pool[in.readUnsignedShort()]).intValue();
            case 'S': return ((Integer) pool[in.readUnsignedShort()]).shortValue();
            case 'Z': return ((Integer) pool[in.readUnsignedShort()]) != 0;
            case 'I': case 'J': case 'F': case 'D': return pool[in.readUnsignedShort()];
            case 's': return utf8(in.readUnsignedShort());
            case 'e': {
                String type = utf8(in.readUnsignedShort());
                return new AnnotationValues.EnumValue(type, utf8(in.readUnsignedShort()));
            }
            case 'c': return utf8(in.readUnsignedShort());
            case '@': return annotation();
            case '[': {
                int n = in.readUnsignedShort();
                List<Object> list = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    list.add(elementValue());
                }
                return list;
            }
            default: throw new IOException("unknown element value tag " + (char) tag);
        }
    }

    private String utf8(int index) throws IOException {
        if (index <= 0 || index >= pool.length || utf8Offsets[index] == 0) {
            throw new IOException("constant " + index + " is not a UTF8 entry");
        }
        Object v = pool[index];
        if (v == null) {
            v = in.utfAt(utf8Offsets[index]);
            pool[index] = v;
        }
        return (String) v;
    }

    /** Number of parameters in a method descriptor such as {@code (ILjava/lang/String;[J)V}. */
    static int parameterCount(String descriptor) {
        int count = 0;
        int i = 1;
        while (descriptor.charAt(i) != ')') {
            char c = descriptor.charAt(i);
            if (c == '[') {
                i++;
                continue;
            }
            if (c == 'L') {
                i = descriptor.indexOf(';', i);
            }
            i++;
            count++;
        }
        return count;
    }
}
