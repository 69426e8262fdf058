package org.fullsms.runtime.extensions;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import org.fullsms.spi.params.Parameter;

/**
 * The parameter records of extension analyses: what their components are (for forms and help), values from text
 * (command line, form fields) with their limits checked, and the JSON object sessions store them as.
 */
public final class ParameterRecords {

    /** One component of a parameter record, as a form shows it. */
    public record Field(String name, Class<?> type, String label, String unit, String description, double min,
            double max) {

        /** The label with its unit, e.g. "Threshold (counts/ms)". */
        public String labelWithUnit() {
            return unit.isEmpty() ? label : label + " (" + unit + ")";
        }

        /**
         * The field's limits with its unit, e.g. "between 1 and 10 ns", "at least 0 × mean"; empty when it has none
         * (a field that is not a number, or an unbounded one).
         */
        public String limits() {
            boolean low = Double.isFinite(min);
            boolean high = Double.isFinite(max);
            String u = unit.isEmpty() ? "" : " " + unit;
            return low && high ? "between " + limit(min) + " and " + limit(max) + u
                    : low ? "at least " + limit(min) + u : high ? "at most " + limit(max) + u : "";
        }

        /** The enum constants of an enum field, else an empty list. */
        public List<String> choices() {
            Object[] constants = type.getEnumConstants();
            List<String> names = new ArrayList<>();
            if (constants != null) {
                for (Object c : constants) {
                    names.add(((Enum<?>) c).name());
                }
            }
            return names;
        }
    }

    private ParameterRecords() {
    }

    /** The record's components in declaration order. */
    public static List<Field> fields(Class<? extends Record> type) {
        List<Field> fields = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            Parameter p = c.getAnnotation(Parameter.class);
            checkSupported(type, c);
            fields.add(new Field(c.getName(), c.getType(), p == null || p.label().isEmpty() ? c.getName() : p.label(),
                    p == null ? "" : p.unit(), p == null ? "" : p.description(),
                    p == null ? Double.NEGATIVE_INFINITY : p.min(), p == null ? Double.POSITIVE_INFINITY : p.max()));
        }
        return fields;
    }

    /** Each component's value as text (what a form shows and {@link #parse} reads back). */
    public static Map<String, String> values(Record parameters) {
        Map<String, String> values = new LinkedHashMap<>();
        for (RecordComponent c : parameters.getClass().getRecordComponents()) {
            Object v = get(parameters, c);
            values.put(c.getName(), v instanceof Enum<?> e ? e.name() : String.valueOf(v));
        }
        return values;
    }

    /**
     * A record from {@code base} with the given components replaced by values parsed from text.
     *
     * @throws IllegalArgumentException naming the parameter when a name is unknown, a value does not parse or is
     *                                  out of its limits
     */
    public static <P extends Record> P parse(Class<P> type, P base, Map<String, String> changes) {
        Map<String, String> values = values(base);
        for (Map.Entry<String, String> e : changes.entrySet()) {
            if (!values.containsKey(e.getKey())) {
                throw new IllegalArgumentException("unknown parameter \"" + e.getKey() + "\"; the parameters are "
                        + String.join(", ", values.keySet()));
            }
            values.put(e.getKey(), e.getValue());
        }
        List<Field> fields = fields(type);
        Object[] args = new Object[fields.size()];
        for (int i = 0; i < args.length; i++) {
            Field f = fields.get(i);
            args[i] = convert(f, values.get(f.name()).trim());
        }
        return construct(type, args);
    }

    /** Checks every numeric component against its limits. */
    public static void validate(Record parameters) {
        Map<String, String> values = values(parameters);
        for (Field f : fields(parameters.getClass())) {
            convert(f, values.get(f.name()));
        }
    }

    /** The parameters as a JSON object by component name (numbers, booleans, strings; enums by name). */
    public static String toJson(Record parameters) {
        JsonObject o = new JsonObject();
        for (RecordComponent c : parameters.getClass().getRecordComponents()) {
            Object v = get(parameters, c);
            if (v instanceof Number n) {
                o.add(c.getName(), Double.isFinite(n.doubleValue()) ? new JsonPrimitive(n)
                        : new JsonPrimitive(n.toString()));
            } else if (v instanceof Boolean b) {
                o.addProperty(c.getName(), b);
            } else {
                o.addProperty(c.getName(), v instanceof Enum<?> e ? e.name() : String.valueOf(v));
            }
        }
        return o.toString();
    }

    /**
     * Parameters stored by {@link #toJson}: components missing from the JSON (an older version of the record)
     * keep their values from {@code base}, unknown keys are ignored.
     *
     * @throws IllegalArgumentException when the text is not a JSON object or a value does not fit
     */
    public static <P extends Record> P fromJson(Class<P> type, P base, String json) {
        JsonObject o;
        try {
            o = JsonParser.parseString(json).getAsJsonObject();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the parameters are not a JSON object: " + e.getMessage());
        }
        Map<String, String> changes = new LinkedHashMap<>();
        for (Field f : fields(type)) {
            if (o.has(f.name()) && o.get(f.name()).isJsonPrimitive()) {
                changes.put(f.name(), o.get(f.name()).getAsString());
            }
        }
        return parse(type, base, changes);
    }

    /** Parses "a=1,b=x" (the command line's form) into names and values. */
    public static Map<String, String> parseAssignments(String text) {
        Map<String, String> changes = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return changes;
        }
        for (String part : text.split(",")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("\"" + part + "\" is not name=value");
            }
            changes.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
        }
        return changes;
    }

    private static Object convert(Field f, String text) {
        Class<?> t = f.type();
        try {
            if (t == String.class) {
                return text;
            }
            if (t == boolean.class) {
                if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
                    throw new IllegalArgumentException("\"" + f.label() + "\" must be true or false, not \"" + text
                            + "\"");
                }
                return Boolean.parseBoolean(text.toLowerCase(Locale.ROOT));
            }
            if (t.isEnum()) {
                for (String name : f.choices()) {
                    if (name.equalsIgnoreCase(text)) {
                        return enumConstant(t, name);
                    }
                }
                throw new IllegalArgumentException("\"" + f.label() + "\" must be one of " + f.choices() + ", not \""
                        + text + "\"");
            }
            double v = Double.parseDouble(text);
            if (Double.isNaN(v) || v < f.min() || v > f.max()) {
                throw new IllegalArgumentException("\"" + f.label() + "\" must be "
                        + (f.limits().isEmpty() ? "a number" : f.limits()) + ", not " + text);
            }
            if (t == double.class) {
                return v;
            }
            long whole = Long.parseLong(text);
            if (t == int.class) {
                return Math.toIntExact(whole);
            }
            return whole;
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("\"" + f.label() + "\" must be " + (t == double.class ? "a number"
                    : "a whole number") + ", not \"" + text + "\"");
        }
    }

    private static String limit(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static Object enumConstant(Class<?> type, String name) {
        return Enum.valueOf((Class<Enum>) type, name);
    }

    private static void checkSupported(Class<?> record, RecordComponent c) {
        Class<?> t = c.getType();
        if (t != double.class && t != int.class && t != long.class && t != boolean.class && t != String.class
                && !t.isEnum()) {
            throw new IllegalArgumentException(record.getName() + "." + c.getName() + ": parameters are double, int,"
                    + " long, boolean, String or an enum, not " + t.getSimpleName());
        }
    }

    private static Object get(Record r, RecordComponent c) {
        try {
            return c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalArgumentException("cannot read " + r.getClass().getName() + "." + c.getName()
                    + " (is the record public?): " + e, e);
        }
    }

    private static <P extends Record> P construct(Class<P> type, Object[] args) {
        Class<?>[] types = new Class<?>[args.length];
        RecordComponent[] components = type.getRecordComponents();
        for (int i = 0; i < types.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            Constructor<P> c = type.getDeclaredConstructor(types);
            c.setAccessible(true);
            return c.newInstance(args);
        } catch (InvocationTargetException e) {
            // the record's own validation: its message is meant for users
            Throwable cause = e.getCause();
            throw new IllegalArgumentException(cause.getMessage() == null ? cause.toString() : cause.getMessage(),
                    cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot make " + type.getName() + ": " + e, e);
        }
    }
}
