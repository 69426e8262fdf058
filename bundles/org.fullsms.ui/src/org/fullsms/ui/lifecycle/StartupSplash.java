package org.fullsms.ui.lifecycle;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.SplashScreen;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The start-up splash: {@code ./fullsms} starts the JVM with {@code -splash:splash.png}, which the JVM shows before
 * any Java code runs (the framework then takes about two seconds); the workbench draws its progress onto it — a bar
 * and the step under way — and closes it when the first window is up. Without a splash (tests, another launcher)
 * every call does nothing. The drawing is done off the UI thread: Java2D's first text costs about 0.1 s of font set-up.
 */
final class StartupSplash {

    /** The splash image's footer, which the progress is drawn over: its colour, height, text and bar positions. */
    private static final Color FOOTER = new Color(0x16, 0x28, 0x3c);
    private static final int FOOTER_HEIGHT = 60;
    private static final Color TRACK = new Color(0x3a, 0x4c, 0x60);
    private static final Color BAR = new Color(0xf4, 0xa2, 0x61);
    private static final Color TEXT = new Color(0xe0, 0xe8, 0xf0);
    private static final int MARGIN = 34;
    private static final int TEXT_BASELINE = 26; // from the top of the footer
    private static final int BAR_TOP = 36;
    private static final int BAR_HEIGHT = 6;

    /** One painter thread, so the steps are drawn in order; a daemon, so it never keeps the VM alive. */
    private static final ExecutorService PAINTER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "Start-up splash");
        t.setDaemon(true);
        return t;
    });

    private StartupSplash() {
    }

    /** Shows {@code what} is being done and the bar at {@code fraction} (0–1) of the start-up. */
    static void step(String what, double fraction) {
        PAINTER.execute(() -> paint(what, fraction));
    }

    /** Closes the splash (the window is up, or start-up failed). */
    static void close() {
        PAINTER.execute(() -> {
            SplashScreen splash = splash();
            if (splash != null) {
                splash.close();
            }
        });
    }

    private static void paint(String what, double fraction) {
        SplashScreen splash = splash();
        if (splash == null) {
            return;
        }
        Graphics2D g = splash.createGraphics();
        try {
            int w = splash.getSize().width;
            int top = splash.getSize().height - FOOTER_HEIGHT;
            g.setComposite(AlphaComposite.Src); // the footer is repainted whole: the image's own text goes
            g.setColor(FOOTER);
            g.fillRect(0, top, w, FOOTER_HEIGHT);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            int barWidth = w - 2 * MARGIN;
            g.setColor(TRACK);
            g.fillRect(MARGIN, top + BAR_TOP, barWidth, BAR_HEIGHT);
            g.setColor(BAR);
            g.fillRect(MARGIN, top + BAR_TOP, (int) Math.round(barWidth * Math.max(0, Math.min(1, fraction))),
                    BAR_HEIGHT);
            g.setColor(TEXT);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            g.drawString(what, MARGIN, top + TEXT_BASELINE);
            splash.update();
        } catch (IllegalStateException e) {
            // closed meanwhile: nothing to draw on
        } finally {
            g.dispose();
        }
    }

    /** The JVM's splash while it is showing, else null. */
    private static SplashScreen splash() {
        try {
            SplashScreen splash = SplashScreen.getSplashScreen();
            return splash != null && splash.isVisible() ? splash : null;
        } catch (UnsupportedOperationException | IllegalStateException e) { // headless, or no splash support
            return null;
        }
    }
}
