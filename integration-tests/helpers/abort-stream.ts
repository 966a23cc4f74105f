type StreamingApi = {
  get: (url: string, config?: any) => Promise<{ data: NodeJS.ReadableStream & { destroy(): void } }>
}

/**
 * Starts a streamed GET, waits for its first chunk and then hangs up, as a browser tab closed
 * mid-download would: the test then checks that the server stopped reading.
 */
export async function abortAfterFirstChunk(
  api: StreamingApi,
  url: string,
  config: Record<string, unknown>
): Promise<void> {
  const controller = new AbortController()
  const response = await api.get(url, { ...config, responseType: "stream", signal: controller.signal })
  await new Promise<void>((resolve) => {
    response.data.once("data", () => {
      controller.abort()
      response.data.destroy()
      resolve()
    })
  })
}
