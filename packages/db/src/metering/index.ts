export { counts, emptyCounts, flush, queueChunks, METER_PREFIX, type MeterCounts, type MeterUnit } from "./counts";
export { meterD1 } from "./d1";
export { meterDurableObjects, meterEnv, meterKv, meterQueue } from "./bindings";
export { meteredFetch, meteredQueue, metering } from "./handlers";
