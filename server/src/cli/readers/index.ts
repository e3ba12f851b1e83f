// The readers of other formats than text: web pages (htmlparser2), Word (mammoth) and PDF
// (pdf.js). Together they are nine tenths of the CLI's code, so the bundle keeps them in a
// file of their own (dist/readers.js), loaded the first time a file needs one of them
// (read.ts): a folder of text reports neither loads nor compiles them.

export { htmlToText } from './html';
export { readDocx } from './docx';
export { readPdf } from './pdf';
