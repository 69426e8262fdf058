/**
 * Analysis sessions ({@code .smsa}): save and reopen the analysis of an HDF5 file as versioned, plain JSON
 * (docs/session-format.md). {@link org.fullsms.session.SessionCapture} takes a snapshot of an
 * {@code AnalysisSession}, {@link org.fullsms.session.SessionWriter} writes it atomically,
 * {@link org.fullsms.session.SessionReader} reads (and migrates) a file, {@link org.fullsms.session.DataFiles}
 * finds and checks the HDF5 file, {@link org.fullsms.session.SessionApplier} restores the analysis of a freshly
 * opened dataset, {@link org.fullsms.session.SessionLoader} does all of it in one call and
 * {@link org.fullsms.session.Autosave} keeps a recovery copy. The command line ({@code analyze --session},
 * {@code fullsms export}) and the workbench use it alike. Photons are never copied; the data file is never
 * written.
 */
package org.fullsms.session;
