package dev.mcpkit.schema;

import java.util.List;
import java.util.Map;

/**
 * Binds the {@code arguments} of a {@code tools/call} to the values of a method's parameters, built
 * once per tool so that defaults are parsed once.
 */
public final class ArgumentBinder {

    private final ValueBinder binder;
    private final String[] names;
    private final Pointer[] pointers;
    private final Property[] params;

    /** Binds arguments for the given parameters, in that order. */
    public ArgumentBinder(List<ParameterSpec> params, ValueBinder binder) {
        this.binder = binder;
        int n = params.size();
        this.names = new String[n];
        this.pointers = new Pointer[n];
        this.params = new Property[n];
        for (int i = 0; i < n; i++) {
            ParameterSpec p = params.get(i);
            names[i] = p.name();
            pointers[i] = Pointer.ROOT.child(p.name());
            this.params[i] = new Property(p.name(), p.type(), p.arg(), p.required(), null, null, null, false);
        }
    }

    /**
     * One value per parameter (same order as the specs): the bound argument, else the parameter's
     * default (bound afresh each call, so a mutable default is never shared), an empty Optional,
     * null, or the zero of a primitive.
     *
     * @param arguments the {@code arguments} object of the request; null is taken as empty
     * @throws BindingException naming the argument (e.g. {@code /count: 3000000000 does not fit in int})
     */
    public Object[] bind(Map<String, Object> arguments) {
        Object[] values = new Object[params.length];
        for (int i = 0; i < values.length; i++) {
            Property p = params[i];
            Object json = arguments == null ? null : arguments.get(names[i]);
            Pointer at = pointers[i];
            values[i] = json == null && (arguments == null || !arguments.containsKey(names[i])
                    || Nullability.hasDefault(p.arg)) ? binder.absent(p, at) : binder.bind(json, p.type, at);
        }
        return values;
    }
}
