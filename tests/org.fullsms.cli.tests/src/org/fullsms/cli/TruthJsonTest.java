package org.fullsms.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.fullsms.analysis.simulation.DwellTimes;
import org.fullsms.analysis.simulation.ParticleTruth;
import org.fullsms.analysis.simulation.SimulationParameters;
import org.fullsms.analysis.simulation.SimulationResult;
import org.fullsms.analysis.simulation.Simulator;
import org.junit.jupiter.api.Test;

/** The truth file {@code simulate} writes: parses as JSON and says what the simulation did. */
class TruthJsonTest {

    @Test
    void truthJsonParsesAndMatches() {
        SimulationParameters p = SimulationParameters.builder().particles(2).durationS(2).seed(4).secondChannel(true)
                .spectra(true).rasterScan(true).dwell(DwellTimes.powerLaw(1.5, 0.01, 1)).build();
        SimulationResult r = new Simulator().run(p, null);
        JsonObject o = JsonParser.parseString(JsonOutput.text(TruthJson.of(r.truth()))).getAsJsonObject();
        assertEquals("simulation", o.get("engine").getAsString());
        assertEquals(2048, o.getAsJsonObject("irf").getAsJsonArray("curve").size());
        assertEquals(1.5, o.getAsJsonObject("parameters").get("dwell_alpha").getAsDouble(), 0.0);
        var p0 = o.getAsJsonArray("particles").get(0).getAsJsonObject();
        ParticleTruth t0 = r.truth().particles().get(0);
        assertEquals(t0.photons(), p0.get("photons").getAsInt());
        assertEquals(t0.photons2(), p0.get("photons_2").getAsInt());
        assertEquals(t0.changePoints().length, p0.getAsJsonArray("change_point_indices").size());
        assertEquals(t0.levels().size(), p0.getAsJsonArray("levels").size());
        assertEquals(t0.states().get(1).lifetimesNs()[0],
                p0.getAsJsonArray("states").get(1).getAsJsonObject().getAsJsonArray("lifetimes_ns").get(0).getAsDouble(),
                0.0);
        assertEquals(1, r.dataset().rasterScans().size());
        assertTrue(r.dataset().particles().get(1).spectra().isPresent());
    }
}
