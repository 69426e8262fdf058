package org.fullsms.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The job's output folder. Everything is written into a hidden folder beside it ({@code .NAME.incomplete-RUN}),
 * which becomes the output folder only when the run is complete, so that a failed or killed run never leaves a
 * folder that looks finished. An existing output folder is replaced only with {@code --overwrite}, and never one
 * that is, or holds, an input.
 */
final class OutputPlace {

    private final FileSystem fs;
    private final Path out;
    private final Path temp;

    private OutputPlace(FileSystem fs, Path out, Path temp) {
        this.fs = fs;
        this.out = out;
        this.temp = temp;
    }

    /**
     * Checks the output folder against the inputs before any work and makes the place.
     *
     * @param inputs the inputs as given (files and folders)
     * @param runId  names the temporary folder (the Spark application id)
     * @throws IllegalArgumentException naming the folder, when it must not be written
     */
    static OutputPlace of(Configuration conf, String out, boolean overwrite, List<String> inputs, String runId)
            throws IOException {
        java.nio.file.Path local = checkLocal(out, overwrite, inputs);
        Path target = new Path(local != null ? local.toUri() : URI.create(out));
        FileSystem fs = target.getFileSystem(conf);
        target = fs.makeQualified(target);
        if (fs.exists(target) && !overwrite) {
            throw new IllegalArgumentException("--out " + out + " exists; give --overwrite to replace it");
        }
        if (target.getParent() == null) {
            throw new IllegalArgumentException("--out " + out + " is a file system's root; give a folder in it");
        }
        Path temp = new Path(target.getParent(), "." + target.getName() + ".incomplete-" + runId);
        return new OutputPlace(fs, target, temp);
    }

    /**
     * The checks that need no Spark, made before it starts when the folder is on the local file system: not a file,
     * not an input, holding no input, not there already unless {@code overwrite}.
     *
     * @return the folder as a local path, or null when it is on another file system (checked by {@link #of})
     * @throws IllegalArgumentException naming the folder, when it must not be written
     */
    static java.nio.file.Path checkLocal(String out, boolean overwrite, List<String> inputs) {
        java.nio.file.Path local = local(out);
        if (local == null) {
            return null;
        }
        if (Files.isRegularFile(local)) {
            throw new IllegalArgumentException("--out " + out + " is a file; give a folder for the tables");
        }
        for (String input : inputs) {
            java.nio.file.Path in = InputFiles.absolute(java.nio.file.Path.of(input));
            if (in.equals(local)) {
                throw new IllegalArgumentException("--out " + out + " is the input " + input);
            }
            if (in.startsWith(local)) {
                throw new IllegalArgumentException("--out " + out + " holds the input " + input
                        + ", which replacing it would delete");
            }
        }
        if (Files.exists(local) && !overwrite) {
            throw new IllegalArgumentException("--out " + out + " exists; give --overwrite to replace it");
        }
        return local;
    }

    /** The folder as a local path when it is on the local file system (a plain path or a file: URI), else null. */
    static java.nio.file.Path local(String out) {
        if (out.startsWith("file:")) {
            return InputFiles.absolute(java.nio.file.Path.of(URI.create(out)));
        }
        if (out.matches("[A-Za-z][A-Za-z0-9+.-]+:.*")) {
            return null; // hdfs://, s3a://, ...: another file system
        }
        return InputFiles.absolute(java.nio.file.Path.of(out));
    }

    /** Where a table named {@code name} is written while the run is not complete. */
    String table(String name) {
        return new Path(temp, name).toString();
    }

    /** Writes a small file (the run summary) into the temporary folder. */
    void write(String name, byte[] bytes) throws IOException {
        try (OutputStream o = fs.create(new Path(temp, name), false)) {
            o.write(bytes);
        }
    }

    /** Makes the temporary folder the output folder, replacing an earlier one (checked to be allowed). */
    void complete() throws IOException {
        if (fs.exists(out) && !fs.delete(out, true)) {
            throw new IOException("the earlier " + out + " could not be deleted; the tables are in " + temp);
        }
        if (!fs.rename(temp, out)) {
            throw new IOException("the tables could not be moved from " + temp + " to " + out);
        }
    }

    /** Deletes the temporary folder of a run that failed. */
    void discard() {
        try {
            fs.delete(temp, true);
        } catch (IOException e) {
            // the run's own failure is the one to report; the hidden folder says what it is
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
