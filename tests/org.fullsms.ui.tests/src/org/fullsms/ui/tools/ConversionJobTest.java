package org.fullsms.ui.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.fullsms.runtime.FileConversion;
import org.fullsms.runtime.FullSmsJobs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Convert dialog's job: a file that cannot be read is named with its problem (no stack trace) and the other
 * files are still written; the files written are handed on to be opened.
 */
class ConversionJobTest {

    @TempDir
    Path dir;

    @Test
    void aBadFileIsNamedAndTheOthersAreWritten() throws Exception {
        Path good = Files.writeString(dir.resolve("good.csv"), "macro,micro\n100,1.5\n250,2.25\n250,3.0\n900,0.5\n");
        Path bad = Files.writeString(dir.resolve("bad.csv"), "macro,micro\n100,1.5\nnot a time,2\n");
        Path out = Files.createDirectories(dir.resolve("out"));
        List<FileConversion.Conversion> plan = List.of(new FileConversion.Conversion(List.of(bad),
                out.resolve("bad.h5")), new FileConversion.Conversion(List.of(good), out.resolve("good.h5")));
        List<Path> written = new CopyOnWriteArrayList<>();
        Job job = ConversionJob.schedule(new ConvertDialog.Request(plan, null, false, true), written::addAll);
        assertTrue(job.belongsTo(FullSmsJobs.FAMILY), "in the Progress view and cancelled with the others");
        job.join();
        IStatus result = job.getResult();
        assertEquals(IStatus.ERROR, result.getSeverity(), result.toString());
        assertTrue(result.getMessage().contains("1 of 2 files not converted"), result.getMessage());
        String problem = result.getChildren()[0].getMessage();
        assertTrue(problem.contains(bad.toString()) && problem.contains("line 3"), problem);
        assertEquals(null, result.getChildren()[0].getException(), "a message, not a stack trace");
        assertEquals(List.of(out.resolve("good.h5")), written, "the file written is opened");
        assertTrue(Files.exists(out.resolve("good.h5")));
        assertFalse(Files.exists(out.resolve("bad.h5")), "nothing half-written");
    }
}
