package org.jenode.nitpicker.server;

import org.jenode.base.geometry.Rect;

/** Where screen areas that must be redrawn are collected (the frame scheduler). */
interface Damage {
    void mark(Rect area);
}
