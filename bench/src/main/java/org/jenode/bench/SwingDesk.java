package org.jenode.bench;

import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import javax.swing.ImageIcon;
import javax.swing.JDesktopPane;
import javax.swing.JInternalFrame;
import javax.swing.JLabel;
import javax.swing.RepaintManager;
import org.jenode.base.geometry.Rect;

/**
 * The {@link DeskLayout} scene as a Swing user would build it: a {@code JDesktopPane} with one
 * {@code JInternalFrame} per client showing its picture in a {@code JLabel}, painted off screen into a
 * 1920x1080 premultiplied ARGB image. Needs {@code java.awt.headless=true} or a display.
 */
final class SwingDesk {

    private final JDesktopPane desktop = new JDesktopPane();
    private final BufferedImage screen =
            new BufferedImage(DeskLayout.SCREEN_WIDTH, DeskLayout.SCREEN_HEIGHT, BufferedImage.TYPE_INT_ARGB_PRE);

    SwingDesk(int clients) {
        desktop.setBackground(new Color(DeskLayout.BACKGROUND));
        desktop.setSize(DeskLayout.SCREEN_WIDTH, DeskLayout.SCREEN_HEIGHT);
        for (int i = 0; i < clients; i++) {
            ClientImage picture = new ClientImage(i, DeskLayout.translucent(i));
            JInternalFrame frame = new JInternalFrame("client " + i, true, true, true, true);
            frame.setContentPane(new JLabel(new ImageIcon(image(picture))));
            // The frame, decoration included, covers what the nitpicker view covers.
            Rect at = DeskLayout.client(i);
            frame.setBounds(at.x(), at.y(), at.width(), at.height());
            frame.setVisible(true);
            desktop.add(frame);
            desktop.moveToFront(frame);
        }
        // Off screen nothing has a peer, and validate() does nothing without one: lay out by hand.
        layout(desktop);
        // Painting straight into the target image is what an off-screen renderer does; Swing's back
        // buffer would add a copy that no screen needs here.
        RepaintManager.currentManager(desktop).setDoubleBufferingEnabled(false);
    }

    /** Paints the whole desktop; returns the image painted into. */
    BufferedImage paint() {
        Graphics2D g = screen.createGraphics();
        try {
            desktop.paint(g);
        } finally {
            g.dispose();
        }
        return screen;
    }

    private static BufferedImage image(ClientImage picture) {
        int w = DeskLayout.CLIENT_WIDTH, h = DeskLayout.CLIENT_HEIGHT;
        // The natural Java2D type for each: opaque pixels need no blending, translucent ones are premultiplied.
        BufferedImage image = new BufferedImage(w, h, picture.translucent() ? BufferedImage.TYPE_INT_ARGB_PRE : BufferedImage.TYPE_INT_RGB);
        int[] pixels = picture.translucent() ? picture.argbPremultiplied() : picture.argb();
        image.getRaster().setDataElements(0, 0, w, h, pixels);
        return image;
    }

    private static void layout(Component c) {
        if (!(c instanceof Container)) return;
        Container container = (Container) c;
        container.doLayout();
        for (Component child : container.getComponents()) layout(child);
    }
}
