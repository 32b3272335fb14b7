package dev.mcpkit.schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Compiles a schema document into {@link Node}s; each subschema once, so recursive $refs terminate. */
final class SchemaCompiler {

    private final Object document;
    private final Map<Object, Node> compiled = new IdentityHashMap<>();
    private final List<RefKeyword> refs = new ArrayList<>();

    SchemaCompiler(Object document) {
        this.document = document;
    }

    Node compileDocument() {
        Node root = compile(document, "#");
        for (int i = 0; i < refs.size(); i++) {
            RefKeyword ref = refs.get(i);
            ref.target = compile(resolve(ref.ref), ref.ref);
        }
        return root;
    }

    private Node compile(Object schema, String where) {
        Node node = compiled.get(schema);
        if (node != null) {
            return node;
        }
        node = new Node();
        if (schema instanceof Boolean) {
            if (!(Boolean) schema) {
                node.keywords = new Keyword[] {new Keyword() {
                    @Override
                    public void check(Object value, Pointer at, Errors errors) {
                        errors.add(at, "no value is allowed here");
                    }
                }};
            }
            return node;
        }
        if (!(schema instanceof Map)) {
            throw new SchemaException("a schema must be an object or a boolean, not " + ValueText.describe(schema)
                    + " at " + where);
        }
        compiled.put(schema, node);
        Map<?, ?> s = (Map<?, ?>) schema;
        List<Keyword> keywords = new ArrayList<>();
        Object ref = s.get("$ref");
        if (ref instanceof String && ((String) ref).startsWith("#")) {
            RefKeyword keyword = new RefKeyword((String) ref);
            refs.add(keyword);
            keywords.add(keyword);
        }
        if (s.containsKey("type")) {
            keywords.add(TypeKeyword.of(s.get("type")));
        }
        if (s.containsKey("enum")) {
            keywords.add(ValueKeyword.ofEnum(s.get("enum")));
        }
        if (s.containsKey("const")) {
            keywords.add(ValueKeyword.ofConst(s.get("const")));
        }
        // keyword classes a schema does not use are never loaded: each costs start-up time
        if (s.containsKey("minimum") || s.containsKey("maximum") || s.containsKey("exclusiveMinimum")
                || s.containsKey("exclusiveMaximum") || s.containsKey("multipleOf")) {
            add(keywords, NumberKeyword.of(s));
        }
        if (s.containsKey("minLength") || s.containsKey("maxLength") || s.containsKey("pattern")) {
            add(keywords, StringKeyword.of(s));
        }
        if (s.containsKey("format")) {
            add(keywords, FormatKeyword.of(s.get("format")));
        }
        add(keywords, array(s, where));
        add(keywords, object(s, where));
        if (s.containsKey("allOf")) {
            add(keywords, combinator(s, "allOf", CombinatorKeyword.Mode.ALL_OF, where));
        }
        if (s.containsKey("anyOf")) {
            add(keywords, combinator(s, "anyOf", CombinatorKeyword.Mode.ANY_OF, where));
        }
        if (s.containsKey("oneOf")) {
            add(keywords, combinator(s, "oneOf", CombinatorKeyword.Mode.ONE_OF, where));
        }
        if (s.containsKey("not")) {
            keywords.add(new CombinatorKeyword(CombinatorKeyword.Mode.NOT,
                    new Node[] {compile(s.get("not"), where + "/not")}));
        }
        node.keywords = keywords.toArray(new Keyword[0]);
        return node;
    }

    private static void add(List<Keyword> keywords, Keyword keyword) {
        if (keyword != null) {
            keywords.add(keyword);
        }
    }

    private Keyword array(Map<?, ?> s, String where) {
        Object items = s.get("items");
        Object prefix = s.get("prefixItems");
        Object contains = s.get("contains");
        int min = length(s, "minItems");
        int max = length(s, "maxItems");
        boolean unique = Boolean.TRUE.equals(s.get("uniqueItems"));
        if (items == null && prefix == null && contains == null && min < 0 && max < 0 && !unique) {
            return null;
        }
        Node[] prefixNodes = null;
        Node itemNode = null;
        if (items instanceof List) {
            prefix = items; // draft 2019-09 and earlier: items as an array means prefixItems
        } else if (items != null) {
            itemNode = compile(items, where + "/items");
        }
        if (prefix != null) {
            prefixNodes = nodes(prefix, where + "/prefixItems");
            if (s.get("additionalItems") != null && items instanceof List) {
                itemNode = compile(s.get("additionalItems"), where + "/additionalItems");
            }
        }
        Node containsNode = contains == null ? null : compile(contains, where + "/contains");
        return new ArrayKeyword(prefixNodes, itemNode, Math.max(min, 0), max, unique, containsNode);
    }

    private Keyword object(Map<?, ?> s, String where) {
        Object properties = s.get("properties");
        Object patternProperties = s.get("patternProperties");
        Object additional = s.get("additionalProperties");
        Object required = s.get("required");
        int min = length(s, "minProperties");
        int max = length(s, "maxProperties");
        if (properties == null && patternProperties == null && additional == null && required == null
                && min < 0 && max < 0) {
            return null;
        }
        Map<String, Node> props = new HashMap<>();
        if (properties instanceof Map) {
            for (Map.Entry<?, ?> e : ((Map<?, ?>) properties).entrySet()) {
                String name = String.valueOf(e.getKey());
                props.put(name, compile(e.getValue(), where + "/properties/" + name));
            }
        } else if (properties != null) {
            throw new SchemaException("\"properties\" must be an object at " + where);
        }
        Pattern[] patterns = null;
        Node[] patternNodes = null;
        if (patternProperties instanceof Map && !((Map<?, ?>) patternProperties).isEmpty()) {
            Map<?, ?> pp = (Map<?, ?>) patternProperties;
            patterns = new Pattern[pp.size()];
            patternNodes = new Node[pp.size()];
            int i = 0;
            for (Map.Entry<?, ?> e : pp.entrySet()) {
                patterns[i] = Pattern.compile(String.valueOf(e.getKey()));
                patternNodes[i++] = compile(e.getValue(), where + "/patternProperties");
            }
        }
        Node additionalNode = null;
        if (Boolean.FALSE.equals(additional)) {
            additionalNode = ObjectKeyword.NOTHING;
        } else if (additional != null && !Boolean.TRUE.equals(additional)) {
            additionalNode = compile(additional, where + "/additionalProperties");
        }
        String[] names = new String[0];
        if (required instanceof List) {
            List<?> list = (List<?>) required;
            names = new String[list.size()];
            for (int i = 0; i < names.length; i++) {
                names[i] = String.valueOf(list.get(i));
            }
        } else if (required != null) {
            throw new SchemaException("\"required\" must be an array of names at " + where);
        }
        return new ObjectKeyword(names, props, patterns, patternNodes, additionalNode, Math.max(min, 0), max);
    }

    private Keyword combinator(Map<?, ?> s, String keyword, CombinatorKeyword.Mode mode, String where) {
        Object value = s.get(keyword);
        return value == null ? null : new CombinatorKeyword(mode, nodes(value, where + "/" + keyword));
    }

    private Node[] nodes(Object list, String where) {
        if (!(list instanceof List) || ((List<?>) list).isEmpty()) {
            throw new SchemaException("expected a non-empty array of schemas at " + where);
        }
        List<?> schemas = (List<?>) list;
        Node[] nodes = new Node[schemas.size()];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = compile(schemas.get(i), where + "/" + i);
        }
        return nodes;
    }

    /** Follows a local JSON pointer reference ({@code #}, {@code #/$defs/Node}) in the document. */
    private Object resolve(String ref) {
        Object at = document;
        String pointer = ref.substring(1);
        if (pointer.isEmpty()) {
            return at;
        }
        if (pointer.charAt(0) != '/') {
            throw new SchemaException("unsupported $ref \"" + ref + "\": only JSON pointers within the schema");
        }
        for (String token : pointer.substring(1).split("/", -1)) {
            String name = decode(token);
            if (at instanceof Map && ((Map<?, ?>) at).containsKey(name)) {
                at = ((Map<?, ?>) at).get(name);
            } else if (at instanceof List && isIndex(name) && Integer.parseInt(name) < ((List<?>) at).size()) {
                at = ((List<?>) at).get(Integer.parseInt(name));
            } else {
                throw new SchemaException("$ref \"" + ref + "\" points to nothing in the schema");
            }
        }
        return at;
    }

    private static String decode(String token) {
        String s = token;
        if (s.indexOf('%') >= 0) {
            s = java.net.URLDecoder.decode(s.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        }
        return s.replace("~1", "/").replace("~0", "~");
    }

    private static int length(Map<?, ?> schema, String keyword) {
        return schema.containsKey(keyword) ? StringKeyword.length(schema, keyword) : -1;
    }

    private static boolean isIndex(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
