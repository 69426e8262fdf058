/**
 * File &gt; Open Recent: the list of the last files opened (kept in the preferences of {@code org.fullsms.ui})
 * and the dynamic submenu that shows it.
 */
package org.fullsms.ui.recent;
