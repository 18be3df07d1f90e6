/** `npm start`: builds (via the npm script), then serves the playground until Ctrl+C. */
import { parseCliOptions } from "./cli-options";
import { startPlayground } from "./playground";

try {
  const playground = await startPlayground(parseCliOptions(process.argv.slice(2), process.env));
  console.log(`Personalization Profiles playground: ${playground.url}`);
  const stop = () => void playground.close().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
} catch (error) {
  const inUse = (error as NodeJS.ErrnoException).code === "EADDRINUSE";
  console.error(
    inUse ? "That port is taken (another playground?). Try npm start -- --port 8788." : error instanceof Error ? error.message : error,
  );
  process.exit(1);
}
