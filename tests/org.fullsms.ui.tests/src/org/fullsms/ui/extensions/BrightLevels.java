package org.fullsms.ui.extensions;

import java.util.List;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.eclipse.core.runtime.IProgressMonitor;
import org.fullsms.spi.analysis.AnalysisEngine;
import org.fullsms.spi.analysis.AnalysisException;
import org.fullsms.spi.analysis.LevelSpan;
import org.fullsms.spi.analysis.ParticleData;
import org.fullsms.spi.analysis.ResultCodec;
import org.fullsms.spi.params.Parameter;

/**
 * A third-party analysis as the workbench tests see one (the command-line tests have its twin): counts the levels
 * brighter than a factor times the particle's mean intensity. Its parameters have a number, an enum and a boolean, so
 * the generated form has each kind of field. Written only against the extension API.
 */
public final class BrightLevels implements AnalysisEngine<BrightLevels.Settings, BrightLevels.Result> {

    public static final String ID = "test.ui.brightlevels";

    public enum Weighting {
        PHOTONS, DWELL
    }

    public record Settings(
            @Parameter(label = "Threshold", unit = "× mean", min = 0, description = "brightness factor") double factor,
            @Parameter(label = "Weighting", description = "how the mean intensity weights the levels") Weighting weighting,
            @Parameter(label = "Count levels at the threshold") boolean atThreshold) {
    }

    public record Result(int bright, int levels, double meanCps) {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return "1.0";
    }

    @Override
    public String label() {
        return "Bright levels";
    }

    @Override
    public String description() {
        return "Counts the levels brighter than a factor times the particle's mean intensity.";
    }

    @Override
    public Class<Settings> parameterType() {
        return Settings.class;
    }

    @Override
    public Settings defaultParameters() {
        return new Settings(1.2, Weighting.PHOTONS, false);
    }

    @Override
    public Class<Result> resultType() {
        return Result.class;
    }

    @Override
    public Result analyse(ParticleData particle, Settings settings, IProgressMonitor monitor)
            throws AnalysisException {
        List<LevelSpan> levels = particle.levels();
        if (levels.isEmpty()) {
            throw new AnalysisException("needs levels: resolve the particle first");
        }
        double weighted = 0;
        double weights = 0;
        for (LevelSpan l : levels) {
            double w = settings.weighting() == Weighting.PHOTONS ? l.photons() : l.time().durationS();
            weighted += w * l.intensityCps();
            weights += w;
        }
        double mean = weighted / weights;
        double threshold = settings.factor() * mean;
        int bright = (int) levels.stream().filter(l -> settings.atThreshold() ? l.intensityCps() >= threshold
                : l.intensityCps() > threshold).count();
        return new Result(bright, levels.size(), mean);
    }

    @Override
    public ResultCodec<Result> resultCodec() {
        return new ResultCodec<>() {
            @Override
            public String toJson(Result r) {
                JsonObject o = new JsonObject();
                o.addProperty("bright", r.bright());
                o.addProperty("levels", r.levels());
                o.addProperty("mean_cps", r.meanCps());
                return o.toString();
            }

            @Override
            public Result fromJson(String json) {
                JsonObject o = JsonParser.parseString(json).getAsJsonObject();
                return new Result(o.get("bright").getAsInt(), o.get("levels").getAsInt(),
                        o.get("mean_cps").getAsDouble());
            }
        };
    }

    @Override
    public String summary(Result r) {
        return r.bright() + " of " + r.levels() + " levels bright";
    }
}
