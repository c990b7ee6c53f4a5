using System;
using Coordination.Domain.AotSmoke;

// Each area adds its checks here; .ci/run counts the PASS and FAIL lines.
var checks = new SmokeChecks(Console.Out);
ValueTypeChecks.Run(checks);
ModelChecks.Run(checks);
JsonChecks.Run(checks);
return checks.ExitCode;
