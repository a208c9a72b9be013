package org.jenode.framebuffer.fx;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;

/**
 * Running work on the JavaFX application thread and waiting for it, from another thread: how fb_fx
 * builds its window, and how its tests look at a scene. Everything else posts and goes on.
 */
public final class FxThread {

    private FxThread() { }

    /**
     * Runs {@code work} on the FX thread and returns its result; what it throws comes back as the cause of
     * an {@link ExecutionException}. On the FX thread itself it simply runs.
     */
    public static <T> T call(Duration timeout, Callable<T> work) throws InterruptedException, ExecutionException, TimeoutException {
        if (Platform.isFxApplicationThread()) {
            try {
                return work.call();
            } catch (Exception e) {
                throw new ExecutionException(e);
            }
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }
}
