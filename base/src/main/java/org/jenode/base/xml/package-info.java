/**
 * The ordered XML tree that configs, scenarios, ROMs and reports are made of.
 *
 * <p>{@link org.jenode.base.xml.XmlParser} reads text with a hardened Woodstox StAX parser (no DTD, no
 * entities, bounded depth and size) into immutable {@link org.jenode.base.xml.XmlNode}s that keep
 * sibling order, because init's routing is first-match in document order. Every node remembers where
 * it came from, so an error names file, line and column even when the node travelled through a
 * config ROM first. Reports are written with {@link org.jenode.base.xml.XmlNode#builder(String)}.
 */
package org.jenode.base.xml;
