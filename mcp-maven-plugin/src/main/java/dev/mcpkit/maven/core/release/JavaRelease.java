package dev.mcpkit.maven.core.release;

/**
 * The Java release a server's classes need, decided in this one place for the launchers, the JBang catalog and
 * entries, the .mcpb and mcp:validate. The compiler's own rules order the inputs: a release (configuration over
 * property) wins over a target; a toolchain's JDK compiles when neither is set; else the JDK running the build does.
 *
 * @param feature the release, e.g. 17
 * @param source  where it was read, for messages: {@code maven-compiler-plugin <release>}, {@code maven.compiler.target}...
 */
public record JavaRelease(int feature, String source) {

    static final String BUILD_JDK = "the JDK running the build";

    /** {@code mcp.javaRelease} when set, else what the POM declares, else {@code buildJdk}. */
    public static JavaRelease decide(String configured, DeclaredRelease pom, int buildJdk) {
        if (present(configured)) {
            return new JavaRelease(feature(configured, "mcp.javaRelease"), "mcp.javaRelease");
        }
        JavaRelease declared = declared(pom);
        return declared != null ? declared : new JavaRelease(buildJdk, BUILD_JDK);
    }

    /**
     * What the POM declares, or null when it declares nothing.
     *
     * @throws IllegalArgumentException when the deciding value is not a release number
     */
    public static JavaRelease declared(DeclaredRelease pom) {
        String[][] exact = {
                {pom.compilerRelease(), "maven-compiler-plugin <release>"},
                {pom.releaseProperty(), "maven.compiler.release"},
                {pom.compilerTarget(), "maven-compiler-plugin <target>"},
                {pom.targetProperty(), "maven.compiler.target"}};
        for (String[] candidate : exact) {
            if (present(candidate[0])) {
                return new JavaRelease(feature(candidate[0], candidate[1]), candidate[1]);
            }
        }
        String toolchain = present(pom.toolchainJdk()) ? pom.toolchainJdk().trim() : "";
        String lowest = lowerBound(toolchain);
        if (lowest.isEmpty()) {
            // no toolchain, or a range without a lower bound: nothing says which JDK compiles
            return null;
        }
        return new JavaRelease(feature(lowest, "the JDK toolchain <version>"), "the JDK toolchain <version> " + toolchain);
    }

    /**
     * The lowest version a toolchain requirement accepts: 17 of "17", "[17,)" or "[17,22)"; "" when unbounded. A newer
     * JDK may match the range; only a declared release or target is exact.
     */
    private static String lowerBound(String requirement) {
        String r = requirement;
        if (r.startsWith("[") || r.startsWith("(")) {
            r = r.substring(1);
            int comma = r.indexOf(',');
            r = comma >= 0 ? r.substring(0, comma) : r.replaceAll("[])]$", "");
        }
        return r.trim();
    }

    /**
     * True when only a target declares it: the class files are for that release, but the compiler checked the code
     * against the API of the JDK that ran it, so the server may call methods its users' Java lacks.
     */
    public boolean fromTargetOnly() {
        return source.endsWith("<target>") || source.equals("maven.compiler.target");
    }

    /** 17 of "17", 8 of "1.8", 17 of "17.0.2". */
    private static int feature(String text, String source) {
        String v = text.trim();
        v = v.startsWith("1.") ? v.substring(2) : v;
        int end = 0;
        while (end < v.length() && Character.isDigit(v.charAt(end))) {
            end++;
        }
        if (end == 0 || end > 4 || (end < v.length() && v.charAt(end) != '.')) {
            throw new IllegalArgumentException(source + " is '" + text.trim() + "', not a Java release such as 17");
        }
        return Integer.parseInt(v.substring(0, end));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
