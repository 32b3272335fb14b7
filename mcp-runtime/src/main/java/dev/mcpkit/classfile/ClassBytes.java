package dev.mcpkit.classfile;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.security.CodeSource;
import java.util.HashMap;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * The bytes of a class file, read from the jar or directory the class came from. Going through
 * {@code ClassLoader.getResourceAsStream} costs about twice as long at start-up (URL connection
 * classes are not in the JDK's class-data archive), so that is only the fallback.
 */
public final class ClassBytes {

    private static final Map<String, JarFile> JARS = new HashMap<>();   // guarded by itself; open for the process's life

    private ClassBytes() {
    }

    /** The class file of {@code c}, or null when it cannot be found. */
    static byte[] of(Class<?> c) throws IOException {
        return resource(c, c.getName().replace('.', '/') + ".class");
    }

    /** A resource ({@code a/b/c.txt}) from the jar or directory {@code c} came from, else from its class loader; null if none. */
    public static byte[] resource(Class<?> c, String entry) throws IOException {
        File source = codeSource(c);
        if (source != null && source.isFile()) {
            JarFile jar = jar(source);
            ZipEntry e = jar.getEntry(entry);
            if (e != null) {
                try (InputStream in = jar.getInputStream(e)) {
                    return in.readAllBytes();
                }
            }
        } else if (source != null && source.isDirectory()) {
            File file = new File(source, entry);
            if (file.isFile()) {
                return Files.readAllBytes(file.toPath());
            }
        }
        ClassLoader loader = c.getClassLoader();
        try (InputStream in = loader == null ? null : loader.getResourceAsStream(entry)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    private static File codeSource(Class<?> c) {
        try {
            CodeSource cs = c.getProtectionDomain().getCodeSource();
            URL url = cs == null ? null : cs.getLocation();
            return url == null || !"file".equals(url.getProtocol()) ? null : new File(url.toURI());
        } catch (SecurityException | java.net.URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static JarFile jar(File file) throws IOException {
        String key = file.getPath();
        synchronized (JARS) {
            JarFile jar = JARS.get(key);
            if (jar == null) {
                jar = new JarFile(file, false);
                JARS.put(key, jar);
            }
            return jar;
        }
    }
}
