// Connects to the Chroma server chroma-setup deployed and prints its heartbeat.
// Run: CHROMA_HOST=<ServerIp> npm start   (CHROMA_PORT defaults to 8000)
import { ChromaClient } from "chromadb";

const host = process.env.CHROMA_HOST?.trim();
if (!host) {
  console.error("Set CHROMA_HOST to the server's address (the stack's ServerIp), e.g. CHROMA_HOST=54.210.12.34");
  process.exit(2);
}
const port = Number(process.env.CHROMA_PORT?.trim() || "8000");
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`CHROMA_PORT must be a port number (1-65535), not "${process.env.CHROMA_PORT}"`);
  process.exit(2);
}

const client = new ChromaClient({ host, port, ssl: false });
try {
  const heartbeat = await client.heartbeat();
  console.log(`Chroma at ${host}:${port} is up. nanosecond heartbeat: ${heartbeat}`);
} catch (e) {
  console.error(`Chroma at ${host}:${port} did not answer: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
