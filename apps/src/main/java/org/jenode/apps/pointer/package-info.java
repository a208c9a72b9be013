/**
 * {@code pointer}: the mouse cursor as an ordinary client. Its session lives in a domain with
 * {@code origin="pointer"}, so nitpicker moves its one view with the pointer; the input mask is zero
 * everywhere so that clicks reach whatever lies below.
 */
package org.jenode.apps.pointer;
