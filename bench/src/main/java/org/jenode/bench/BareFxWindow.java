package org.jenode.bench;

import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

/**
 * The smallest JavaFX program that shows what the desktop shows: a 1280x800 window with a canvas. It
 * starts the toolkit the way fb_fx does and prints {@value #MARKER} in the pulse that first renders the
 * window, which is what the start-up benchmark compares the desktop with. Runs until killed.
 */
public final class BareFxWindow {

    static final String MARKER = "first frame";

    private BareFxWindow() { }

    public static void main(String[] args) {
        Platform.startup(() -> {
            Canvas canvas = new Canvas(1280, 800);
            canvas.getGraphicsContext2D().setFill(Color.rgb(0x20, 0x30, 0x40));
            canvas.getGraphicsContext2D().fillRect(0, 0, 1280, 800);
            Scene scene = new Scene(new Group(canvas));
            scene.addPostLayoutPulseListener(new Runnable() {
                private boolean printed;

                @Override public void run() {
                    if (printed) return;
                    printed = true;
                    System.out.println(MARKER);
                    System.out.flush();
                    // Not from inside the pulse: the scene is iterating over its listeners.
                    Platform.runLater(() -> scene.removePostLayoutPulseListener(this));
                }
            });
            Stage stage = new Stage();
            stage.setTitle("bare");
            stage.setScene(scene);
            stage.show();
        });
    }
}
