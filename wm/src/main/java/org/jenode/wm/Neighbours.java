package org.jenode.wm;

import org.jenode.nitpicker.SessionControl;

/** What a client session tells the rest of the wm: changes that concern views of other sessions, and session control. */
interface Neighbours {

    /** {@code view}'s real view is gone: views nested in it lose theirs, and the decorators a window's content. */
    void unshown(WmView view);

    /** {@code view} is destroyed: handles naming it are void and views nested in it orphaned. */
    void gone(WmView view);

    /** Hide, show or raise the sessions {@code selector} names element-wise (the caller's own or below). */
    void sessionControl(String selector, SessionControl control);
}
