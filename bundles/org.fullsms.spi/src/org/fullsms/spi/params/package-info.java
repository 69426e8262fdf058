/**
 * Parameters of extension analyses as annotated records: see {@link org.fullsms.spi.params.Parameter}.
 *
 * @since 1.0
 */
package org.fullsms.spi.params;
