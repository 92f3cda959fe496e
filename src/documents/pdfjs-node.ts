// pdf.js for Node (tests and the command line): the legacy build, which runs on Node 20 and
// reads without a worker thread of its own.
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PdfJs } from './pdf';

export const nodePdfJs: PdfJs = pdfjs;
