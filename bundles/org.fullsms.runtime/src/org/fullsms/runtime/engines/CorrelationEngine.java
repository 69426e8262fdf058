package org.fullsms.runtime.engines;

import java.io.IOException;
import java.util.Locale;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;

import org.eclipse.core.runtime.IProgressMonitor;
import org.fullsms.analysis.correlation.CorrelationAnalysis;
import org.fullsms.analysis.correlation.CorrelationParameters;
import org.fullsms.analysis.correlation.CorrelationResult;
import org.fullsms.analysis.correlation.Correlogram;
import org.fullsms.runtime.CorrelationInputs;
import org.fullsms.runtime.codec.CorrelationCodec;
import org.fullsms.runtime.json.Json;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.runtime.state.Stage;
import org.fullsms.spi.analysis.AnalysisEngine;
import org.fullsms.spi.analysis.AnalysisException;
import org.fullsms.spi.analysis.BuiltInResults;
import org.fullsms.spi.analysis.ParticleData;
import org.fullsms.spi.analysis.ResultCodec;
import org.osgi.service.component.annotations.Component;

/** Second-order correlation (antibunching) of a particle's two detector channels. */
@Component(service = AnalysisEngine.class)
public final class CorrelationEngine implements BuiltInEngine<CorrelationParameters, ParticleCorrelation> {

    private static final ResultCodec<ParticleCorrelation> CODEC = new StreamCodec<>(CorrelationEngine::write,
            CorrelationEngine::read);

    /** As sessions keep it: {@code {"result": .., "counted": ..}}. */
    private static void write(JsonWriter out, ParticleCorrelation r) throws IOException {
        out.beginObject();
        CorrelationCodec.write(out.name("result"), r.result());
        CorrelationCodec.writeCounted(out.name("counted"), r.counted());
        out.endObject();
    }

    private static ParticleCorrelation read(JsonReader in) throws IOException {
        CorrelationResult result = null;
        Correlogram counted = null;
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "result" -> result = CorrelationCodec.read(in);
                case "counted" -> counted = CorrelationCodec.readCounted(in);
                default -> in.skipValue();
            }
        }
        in.endObject();
        return new ParticleCorrelation(counted, Json.need(result, "result", in));
    }

    @Override
    public String id() {
        return BuiltInResults.CORRELATION;
    }

    @Override
    public String version() {
        return CorrelationAnalysis.VERSION;
    }

    @Override
    public String label() {
        return "Correlation";
    }

    @Override
    public String description() {
        return "Counts photon pairs between the two detector channels: g\u00b2(\u03c4), g\u00b2(0) and its fit.";
    }

    @Override
    public Class<CorrelationParameters> parameterType() {
        return CorrelationParameters.class;
    }

    @Override
    public CorrelationParameters defaultParameters() {
        return CorrelationParameters.defaults();
    }

    /** @throws AnalysisException when the particle has one channel or its photons cannot be read */
    @Override
    public ParticleCorrelation analyse(ParticleData particle, CorrelationParameters parameters,
            IProgressMonitor monitor) throws AnalysisException {
        CorrelationAnalysis engine = new CorrelationAnalysis();
        Correlogram counted;
        try {
            counted = engine.correlate(CorrelationInputs.of(particle.particle()), parameters);
        } catch (IOException e) {
            throw new AnalysisException(e.getMessage(), e);
        }
        return new ParticleCorrelation(counted, engine.evaluate(counted, parameters));
    }

    @Override
    public ResultCodec<ParticleCorrelation> resultCodec() {
        return CODEC;
    }

    @Override
    public Class<ParticleCorrelation> resultType() {
        return ParticleCorrelation.class;
    }

    @Override
    public String summary(ParticleCorrelation result) {
        return String.format(Locale.ROOT, "g\u00b2(0) = %.3f", result.result().g2Zero());
    }

    @Override
    public Stage stage() {
        return Stage.CORRELATION;
    }

    @Override
    public void store(ParticleAnalysis target, ParticleCorrelation result) {
        target.setCorrelation(result.result(), result.counted());
    }
}
