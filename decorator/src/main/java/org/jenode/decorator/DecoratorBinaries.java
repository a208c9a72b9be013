package org.jenode.decorator;

import java.util.List;
import org.jenode.base.Binary;
import org.jenode.base.BinaryCatalog;

/**
 * The decorator under Genode's two binary names: {@code decorator} starts with the motif renderer,
 * {@code themed_decorator} with the themed one; either may be switched by its config.
 */
public final class DecoratorBinaries implements BinaryCatalog {

    @Override public List<Binary> binaries() {
        return List.of(new Binary("decorator", env -> new Decorator(env, RendererKind.MOTIF)),
                new Binary("themed_decorator", env -> new Decorator(env, RendererKind.THEMED)));
    }
}
