package dev.mcpkit.schema;

import dev.mcpkit.Arg;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Types and tool methods the schema tests describe, bind and write. */
final class Fixtures {

    private Fixtures() {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @interface Nullable {
    }

    enum Unit { CELSIUS, FAHRENHEIT }

    record Forecast(String city, double temperature, Unit unit, Optional<String> note) {
    }

    record Request(
            @Arg(description = "City name", minLength = 1) String city,
            @Arg(description = "Days ahead", min = 1, max = 14, defaultValue = "3") int days,
            @Nullable String country,
            Optional<Unit> unit) {
    }

    record Pair<A, B>(A first, B second) {
    }

    record Node(String name, List<Node> children) {
    }

    /** A bean that refers to itself through a getter/setter pair. */
    public static final class Person {
        private String name;
        private Person manager;
        public int age;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Person getManager() {
            return manager;
        }

        public void setManager(Person manager) {
            this.manager = manager;
        }
    }

    /** A bean that can be written but not created from JSON. */
    public static final class Immutable {
        private final String id;

        public Immutable(String id) {
            this.id = id;
        }

        public String getId() {
            return id;
        }
    }

    /** Two records that refer to each other. */
    record Folder(String name, List<Doc> docs) {
    }

    record Doc(String title, Folder parent) {
    }

    static final class Outer {
        record Node(int value, Node next) {
        }
    }

    record Both(Node tree, Outer.Node list) {
    }

    /** Methods whose parameters the tests turn into specs. */
    static final class Tools {
        public String echo(String message) {
            return message;
        }

        public String none() {
            return "";
        }

        public Forecast forecast(@Arg(description = "City name") String city,
                @Arg(description = "Days ahead", min = 1, max = 14) Optional<Integer> days,
                @Arg(defaultValue = "celsius") Unit unit) {
            return null;
        }

        public void file(java.io.File file) {
        }

        public void socket(java.net.Socket socket) {
        }

        public void misfit(@Arg(minLength = 2) int count) {
        }

        public void badDefault(@Arg(defaultValue = "many") int count) {
        }

        public void badBound(@Arg(min = 1, defaultValue = "0") int count) {
        }

        public void immutable(Immutable value) {
        }

        public void renamed(@Arg(name = "q") String query) {
        }
    }

    static List<ParameterSpec> params(String method) {
        for (Method m : Tools.class.getDeclaredMethods()) {
            if (m.getName().equals(method)) {
                List<ParameterSpec> specs = new ArrayList<>();
                for (Parameter p : m.getParameters()) {
                    specs.add(ParameterSpec.of(p));
                }
                return specs;
            }
        }
        throw new IllegalArgumentException(method);
    }

    /** The generic type of a field of {@link Holder}: the simplest way to get a ParameterizedType. */
    static Type type(String field) {
        try {
            return Holder.class.getDeclaredField(field).getGenericType();
        } catch (NoSuchFieldException e) {
            throw new IllegalArgumentException(field, e);
        }
    }

    @SuppressWarnings("unused")
    static final class Holder {
        List<String> strings;
        java.util.Set<Integer> intSet;
        Map<String, Double> doubles;
        Map<Unit, Long> byUnit;
        Map<java.io.File, String> byFile;
        List<Pair<String, Integer>> pairs;
        Optional<List<String>> maybeStrings;
        List<? extends Number> numbers;
        int[] ints;
        Pair<String, List<Node>>[] pairArray;
        Map<String, Object> anyMap;
        Iterable<String> iterable;
    }
}
