package org.fullsms.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;

/** Finds controls as a user does, by what they show, and works them as a click or a keystroke would. */
public final class Widgets {

    private Widgets() {
    }

    /** Every control of {@code type} under {@code root}, depth first. */
    public static <T extends Control> List<T> all(Composite root, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Control c : root.getChildren()) {
            if (type.isInstance(c)) {
                out.add(type.cast(c));
            }
            if (c instanceof Composite composite) {
                out.addAll(all(composite, type));
            }
        }
        return out;
    }

    /** The texts of the labels under {@code root}. */
    public static List<String> labels(Composite root) {
        return all(root, Label.class).stream().map(Label::getText).toList();
    }

    /** The button (push, check or radio) whose text is {@code text}, mnemonics ignored. */
    public static Button button(Composite root, String text) {
        return one(root, Button.class, b -> b.getText().replace("&", "").equals(text), "a button \"" + text + "\"");
    }

    /** The button whose text starts with {@code prefix}. */
    public static Button buttonStarting(Composite root, String prefix) {
        return one(root, Button.class, b -> b.getText().replace("&", "").startsWith(prefix),
                "a button starting \"" + prefix + "\"");
    }

    /** The field right of the label "{@code label}:" (a form's label, field, unit rows). */
    public static Control field(Composite root, String label) {
        Label l = one(root, Label.class, x -> x.getText().equals(label + ":"), "a label \"" + label + ":\"");
        Control[] siblings = l.getParent().getChildren();
        for (int i = 0; i < siblings.length - 1; i++) {
            if (siblings[i] == l) {
                return siblings[i + 1];
            }
        }
        throw new AssertionError("nothing follows the label \"" + label + ":\"");
    }

    /** Sets a check box or radio button as a click does (a radio's group mates are cleared). */
    public static void click(Button b) {
        if ((b.getStyle() & SWT.RADIO) != 0) {
            for (Control c : b.getParent().getChildren()) {
                if (c instanceof Button other && (other.getStyle() & SWT.RADIO) != 0 && other != b) {
                    other.setSelection(false);
                }
            }
            b.setSelection(true);
        } else if ((b.getStyle() & SWT.CHECK) != 0) {
            b.setSelection(!b.getSelection());
        }
        b.notifyListeners(SWT.Selection, new Event());
    }

    private static <T extends Control> T one(Composite root, Class<T> type, Predicate<T> test, String what) {
        List<T> found = all(root, type).stream().filter(test).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected " + what + ", found " + found.size());
        }
        return found.get(0);
    }
}
