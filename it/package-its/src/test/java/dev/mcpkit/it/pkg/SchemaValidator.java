package dev.mcpkit.it.pkg;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The part of JSON Schema draft-07 that the MCP Registry's server.schema.json uses: $ref into the same document,
 * allOf/anyOf/oneOf/not, type, const, enum, properties, additionalProperties, required, items, pattern,
 * minLength/maxLength, and format "uri". Annotations (description, example, default) are ignored. Written
 * here so the test needs no JSON-schema library; it fails on any keyword it does not know.
 */
public final class SchemaValidator {

    private static final List<String> ANNOTATIONS = List.of("$schema", "$id", "$comment", "title", "description", "example",
            "examples", "default", "discriminator", "definitions");

    private final JsonNode root;

    public SchemaValidator(JsonNode schema) {
        this.root = schema;
    }

    public static SchemaValidator load(Path schema) throws IOException {
        return new SchemaValidator(JsonMapper.builder().build().readTree(Files.readString(schema)));
    }

    /** The violations, each as {@code <json pointer>: <problem>}; empty when the document is valid. */
    public List<String> validate(JsonNode document) {
        List<String> errors = new ArrayList<>();
        check(root, document, "", errors);
        return errors;
    }

    public List<String> validate(Path document) throws IOException {
        return validate(JsonMapper.builder().build().readTree(Files.readString(document)));
    }

    private void check(JsonNode schema, JsonNode value, String at, List<String> errors) {
        if (schema.isBoolean()) {
            if (!schema.asBoolean()) {
                errors.add(at + ": not allowed");
            }
            return;
        }
        for (Map.Entry<String, JsonNode> keyword : schema.properties()) {
            String k = keyword.getKey();
            JsonNode s = keyword.getValue();
            switch (k) {
                case "$ref":
                    check(resolve(s.asString()), value, at, errors);
                    break;
                case "allOf":
                    s.forEach(sub -> check(sub, value, at, errors));
                    break;
                case "anyOf":
                case "oneOf": {
                    int matches = 0;
                    for (JsonNode sub : s) {
                        List<String> e = new ArrayList<>();
                        check(sub, value, at, e);
                        matches += e.isEmpty() ? 1 : 0;
                    }
                    if (matches == 0 || (k.equals("oneOf") && matches > 1)) {
                        errors.add(at + ": matches " + matches + " of the " + k + " alternatives");
                    }
                    break;
                }
                case "not": {
                    List<String> e = new ArrayList<>();
                    check(s, value, at, e);
                    if (e.isEmpty()) {
                        errors.add(at + ": must not match " + s);
                    }
                    break;
                }
                case "type":
                    if (!hasType(value, s.asString())) {
                        errors.add(at + ": must be " + s.asString());
                    }
                    break;
                case "const":
                    if (!s.equals(value)) {
                        errors.add(at + ": must be " + s);
                    }
                    break;
                case "enum": {
                    boolean found = false;
                    for (JsonNode option : s) {
                        found |= option.equals(value);
                    }
                    if (!found) {
                        errors.add(at + ": must be one of " + s);
                    }
                    break;
                }
                case "properties":
                    if (value.isObject()) {
                        for (Map.Entry<String, JsonNode> p : s.properties()) {
                            if (value.has(p.getKey())) {
                                check(p.getValue(), value.get(p.getKey()), at + "/" + p.getKey(), errors);
                            }
                        }
                    }
                    break;
                case "additionalProperties":
                    if (value.isObject()) {
                        JsonNode declared = schema.path("properties");
                        for (Map.Entry<String, JsonNode> p : value.properties()) {
                            if (!declared.has(p.getKey())) {
                                check(s, p.getValue(), at + "/" + p.getKey(), errors);
                            }
                        }
                    }
                    break;
                case "required":
                    if (value.isObject()) {
                        s.forEach(r -> {
                            if (!value.has(r.asString())) {
                                errors.add(at + ": missing required '" + r.asString() + "'");
                            }
                        });
                    }
                    break;
                case "items":
                    if (value.isArray()) {
                        for (int i = 0; i < value.size(); i++) {
                            check(s, value.get(i), at + "/" + i, errors);
                        }
                    }
                    break;
                case "pattern":
                    if (value.isString() && !Pattern.compile(s.asString()).matcher(value.asString()).find()) {
                        errors.add(at + ": must match " + s.asString());
                    }
                    break;
                case "minLength":
                    if (value.isString() && value.asString().codePointCount(0, value.asString().length()) < s.asInt()) {
                        errors.add(at + ": shorter than " + s.asInt());
                    }
                    break;
                case "maxLength":
                    if (value.isString() && value.asString().codePointCount(0, value.asString().length()) > s.asInt()) {
                        errors.add(at + ": longer than " + s.asInt() + " characters");
                    }
                    break;
                case "format":
                    if (value.isString() && s.asString().equals("uri") && !isAbsoluteUri(value.asString())) {
                        errors.add(at + ": must be an absolute URI");
                    }
                    break;
                default:
                    if (!ANNOTATIONS.contains(k)) {
                        throw new IllegalStateException("SchemaValidator does not know the keyword '" + k + "'");
                    }
            }
        }
    }

    private JsonNode resolve(String ref) {
        if (!ref.startsWith("#/")) {
            throw new IllegalStateException("only local $ref is supported: " + ref);
        }
        JsonNode target = root.at(ref.substring(1));
        if (target.isMissingNode()) {
            throw new IllegalStateException("unresolved $ref " + ref);
        }
        return target;
    }

    private static boolean hasType(JsonNode v, String type) {
        switch (type) {
            case "object": return v.isObject();
            case "array": return v.isArray();
            case "string": return v.isString();
            case "boolean": return v.isBoolean();
            case "integer": return v.isIntegralNumber();
            case "number": return v.isNumber();
            case "null": return v.isNull();
            default: throw new IllegalStateException("unknown type " + type);
        }
    }

    private static boolean isAbsoluteUri(String s) {
        try {
            return new URI(s).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
