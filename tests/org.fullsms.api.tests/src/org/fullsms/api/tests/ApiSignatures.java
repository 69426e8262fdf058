package org.fullsms.api.tests;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;

import org.osgi.framework.Bundle;

/**
 * The public surface of a bundle's exported packages as sorted lines, one per type and per public or protected
 * member, with generic signatures: what an extension compiled against the API can see. Two listings compared line by
 * line tell what was removed or changed (incompatible) and what was added (a minor version).
 */
final class ApiSignatures {

    private ApiSignatures() {
    }

    /** The lines of one exported package of {@code bundle}. */
    static TreeSet<String> of(Bundle bundle, String pkg) throws ClassNotFoundException {
        TreeSet<String> lines = new TreeSet<>();
        Enumeration<URL> entries = bundle.findEntries(pkg.replace('.', '/'), "*.class", false);
        List<String> names = new ArrayList<>();
        while (entries != null && entries.hasMoreElements()) {
            String path = entries.nextElement().getPath();
            String name = path.substring(path.lastIndexOf('/') + 1, path.length() - ".class".length());
            if (!name.equals("package-info")) {
                names.add(pkg + "." + name.replace('$', '.'));
            }
        }
        for (String name : names) {
            Class<?> type = load(bundle, name);
            if (type != null && isVisible(type)) {
                describe(type, lines);
            }
        }
        return lines;
    }

    private static Class<?> load(Bundle bundle, String dottedName) throws ClassNotFoundException {
        // Nested types were listed with '.'; the class loader wants '$' after the outer class.
        String binary = dottedName;
        for (int dot = binary.lastIndexOf('.'); ; dot = binary.lastIndexOf('.', dot - 1)) {
            try {
                return bundle.loadClass(binary);
            } catch (ClassNotFoundException e) {
                if (dot <= 0) {
                    throw e;
                }
                binary = binary.substring(0, dot) + "$" + binary.substring(dot + 1);
            }
        }
    }

    private static boolean isVisible(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers()) || c.isAnonymousClass() || c.isLocalClass()) {
                return false;
            }
        }
        return true;
    }

    private static void describe(Class<?> type, TreeSet<String> lines) {
        String t = type.getTypeName();
        StringBuilder head = new StringBuilder(Modifier.toString(type.getModifiers() & ~Modifier.STATIC
                & ~Modifier.INTERFACE & ~Modifier.ABSTRACT)).append(' ').append(kind(type)).append(' ').append(t);
        if (type.getGenericSuperclass() != null && type.getSuperclass() != Object.class && !type.isEnum()
                && !type.isRecord()) {
            head.append(" extends ").append(type.getGenericSuperclass().getTypeName());
        }
        Arrays.stream(type.getGenericInterfaces()).map(i -> i.getTypeName()).sorted()
                .forEach(i -> head.append(" implements ").append(i));
        Arrays.stream(type.getTypeParameters()).forEach(p -> head.append(" <").append(p.getName()).append(" extends ")
                .append(Arrays.stream(p.getBounds()).map(b -> b.getTypeName()).toList()).append('>'));
        lines.add(head.toString().trim());
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                lines.add(t + " component " + c.getGenericType().getTypeName() + " " + c.getName());
            }
        }
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            if (visible(c.getModifiers())) {
                lines.add(t + " " + c.toGenericString());
            }
        }
        for (Method m : type.getDeclaredMethods()) {
            if (visible(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
                lines.add(t + " " + m.toGenericString() + (m.isDefault() ? " (default)" : ""));
            }
        }
        for (Field f : type.getDeclaredFields()) {
            if (visible(f.getModifiers()) && !f.isSynthetic()) {
                lines.add(t + " " + f.toGenericString());
            }
        }
    }

    private static String kind(Class<?> type) {
        return type.isAnnotation() ? "@interface" : type.isInterface() ? "interface" : type.isEnum() ? "enum"
                : type.isRecord() ? "record" : "class";
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }
}
