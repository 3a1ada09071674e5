-- The one-line summary every wrk script of scripts/load prints (load it with dofile from
-- the repository root): requests, errors (non-2xx/3xx and socket errors), rps, latency.
done = function(summary, latency, _)
  local e = summary.errors
  io.write(string.format("requests=%d errors=%d rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
    summary.requests, e.status + e.connect + e.read + e.write + e.timeout,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
