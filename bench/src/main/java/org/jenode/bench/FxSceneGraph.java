package org.jenode.bench;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.jenode.base.geometry.Rect;

/**
 * The {@link DeskLayout} scene as a JavaFX user would build it: a {@code Group} of {@code ImageView}s
 * over {@code WritableImage}s, rendered off screen with {@code snapshot} into a 1920x1080 image. Runs
 * with whatever glass platform the JVM was started with (the benchmark uses headless Monocle).
 */
final class FxSceneGraph implements AutoCloseable {

    private static final long TIMEOUT_S = 30;

    private final Group scene = new Group();
    private final WritableImage screen = new WritableImage(DeskLayout.SCREEN_WIDTH, DeskLayout.SCREEN_HEIGHT);
    private final SnapshotParameters whole = new SnapshotParameters();

    FxSceneGraph(int clients) throws Exception {
        CompletableFuture<Void> up = new CompletableFuture<>();
        Platform.startup(() -> up.complete(null));
        up.get(TIMEOUT_S, TimeUnit.SECONDS);
        onFx(() -> {
            for (int i = 0; i < clients; i++) {
                ClientImage picture = new ClientImage(i, DeskLayout.translucent(i));
                WritableImage image = new WritableImage(DeskLayout.CLIENT_WIDTH, DeskLayout.CLIENT_HEIGHT);
                image.getPixelWriter().setPixels(0, 0, DeskLayout.CLIENT_WIDTH, DeskLayout.CLIENT_HEIGHT,
                        PixelFormat.getIntArgbPreInstance(), picture.argbPremultiplied(), 0, DeskLayout.CLIENT_WIDTH);
                ImageView view = new ImageView(image);
                Rect at = DeskLayout.client(i);
                view.relocate(at.x(), at.y());
                scene.getChildren().add(view);
            }
            whole.setViewport(new Rectangle2D(0, 0, DeskLayout.SCREEN_WIDTH, DeskLayout.SCREEN_HEIGHT));
            whole.setFill(Color.rgb(DeskLayout.BACKGROUND >> 16 & 0xff, DeskLayout.BACKGROUND >> 8 & 0xff, DeskLayout.BACKGROUND & 0xff));
            return null;
        });
    }

    /** Renders the whole scene on the FX thread and waits for it; returns the image rendered into. */
    WritableImage snapshot() throws Exception {
        return onFx(() -> scene.snapshot(whole, screen));
    }

    @Override public void close() { Platform.exit(); }

    /**
     * framebuffer's {@code FxThread} does the same for fb_fx; the baseline keeps its own, because it is a
     * plain JavaFX program that must not run on Jenode's driver code (nor could: that package is not exported).
     */
    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get(TIMEOUT_S, TimeUnit.SECONDS);
    }
}
