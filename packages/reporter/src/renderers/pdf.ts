import type { RunResult } from '@elan-kit/schemas';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, createProfileDir, resolveChromium } from '../chromium.js';
import { ReporterError } from '../errors.js';
import { escapeHtml } from '../escape.js';
import { buildReportModel } from '../model/build-report-model.js';
import type { Renderer, RenderOptions } from '../types.js';
import { renderHtmlFromModel } from './html.js';

const RENDER_TIMEOUT_MS = 60_000;

/** Renders the HTML report to A4 PDF in a local headless Chromium; every network request is blocked. */
export async function renderPdf(result: RunResult, options: RenderOptions = {}): Promise<Uint8Array> {
  const executablePath = resolveChromium(options.chromium);
  const model = buildReportModel(result, options);
  const page = renderHtmlFromModel(model);
  const profile = createProfileDir();
  try {
    const context = await chromium.launchPersistentContext(profile.path, {
      executablePath,
      headless: true,
      args: [...CHROMIUM_ARGS],
      timeout: RENDER_TIMEOUT_MS,
      offline: true,
    });
    try {
      await context.route('**/*', (route) => route.abort('blockedbyclient'));
      const tab = context.pages()[0] ?? (await context.newPage());
      await tab.setContent(page, { waitUntil: 'load', timeout: RENDER_TIMEOUT_MS });
      const footer = `<div style="width:100%;font-size:8px;color:#5b6675;padding:0 14mm;display:flex;justify-content:space-between;font-family:sans-serif"><span>${escapeHtml(`${model.t.title} · ${model.result.run.id}`)}</span><span>${escapeHtml(model.t.page)} <span class="pageNumber"></span> ${escapeHtml(model.t.of)} <span class="totalPages"></span></span></div>`;
      const pdf = await tab.pdf({
        format: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: footer,
        tagged: true,
        outline: true,
      });
      return new Uint8Array(pdf);
    } finally {
      await context.close();
    }
  } catch (error) {
    if (error instanceof ReporterError) throw error;
    throw new ReporterError(
      'ELAN_PDF_RENDER_FAILED',
      `Chromium at ${executablePath} could not render the PDF: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      {
        hint: 'Check that the browser starts ("chromium --headless --version"), or set ELAN_KIT_CHROMIUM to another one.',
        cause: error,
      },
    );
  } finally {
    profile.remove();
  }
}

export const pdfRenderer: Renderer = {
  name: 'pdf',
  extension: '.pdf',
  mediaType: 'application/pdf',
  description: 'PDF printed from the HTML by a local Chromium',
  render: renderPdf,
};
