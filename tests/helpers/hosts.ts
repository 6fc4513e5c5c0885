import http from 'node:http'

export type HostResponse = { status: number; headers: http.IncomingHttpHeaders; body: string }

/**
 * A request to the server at `url` for another host (`berlin-mitte.example:4000`), as a browser on that domain sends
 * it once DNS points the domain at the platform. (fetch cannot: it always sends the URL's own host.)
 */
export function requestOnHost(
  url: string,
  host: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<HostResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: init.method ?? 'GET', headers: { ...init.headers, host } },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        )
        response.on('error', reject)
      },
    )
    request.on('error', reject)
    request.end(init.body)
  })
}
