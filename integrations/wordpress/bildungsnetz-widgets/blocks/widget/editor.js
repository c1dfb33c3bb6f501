/**
 * The block "Bildungsnetz widget" in the block editor. Plain JavaScript on WordPress's own
 * packages (wp.element, wp.blocks, wp.components, wp.serverSideRender): no build step.
 * The element choice and each element's settings come from elements.json (generated from
 * custom-elements.json), passed in by PHP as window.bildungsnetzWidgetsEditor in the site's
 * language. The preview is the server's output, run by the widgets' script: the real widget,
 * including the messages it shows when an id or a value is wrong.
 */
(function (wp, config) {
  'use strict';
  if (!wp || !config) return;
  const el = wp.element.createElement;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { PanelBody, SelectControl, TextControl, ToggleControl, Notice, ExternalLink } = wp.components;
  const ServerSideRender = wp.serverSideRender;
  const texts = config.i18n;
  const byTag = Object.fromEntries(config.elements.map((element) => [element.tag, element]));

  /** One control per attribute, by its kind. */
  function control(attribute, value, set) {
    const help = attribute.description;
    if (attribute.kind === 'boolean') {
      return el(ToggleControl, {
        key: attribute.name,
        label: attribute.name,
        help,
        checked: value === true,
        onChange: (on) => set(attribute.name, on ? true : undefined),
      });
    }
    if (attribute.kind === 'enum') {
      const fallback = attribute.default ? texts.defaultIs.replace('%s', attribute.default) : texts.default;
      return el(SelectControl, {
        key: attribute.name,
        label: attribute.name,
        help,
        value: value || '',
        options: [{ value: '', label: fallback }].concat(
          attribute.values.map((choice) => ({ value: choice, label: choice })),
        ),
        onChange: (choice) => set(attribute.name, choice || undefined),
      });
    }
    return el(TextControl, {
      key: attribute.name,
      label: attribute.name,
      help,
      type: attribute.kind === 'number' ? 'number' : attribute.name === 'src' ? 'url' : 'text',
      min: attribute.kind === 'number' ? 0 : undefined,
      value: value === undefined ? '' : String(value),
      onChange: (text) => set(attribute.name, text === '' ? undefined : text),
    });
  }

  function Edit({ attributes, setAttributes }) {
    const element = byTag[attributes.element] || config.elements[0];
    const values = attributes.values || {};
    const set = (name, value) => {
      const next = Object.assign({}, values);
      if (value === undefined) delete next[name];
      else next[name] = value;
      setAttributes({ values: next });
    };
    const choose = (tag) => {
      // Keep only the values the new element understands.
      const known = new Set(byTag[tag].attributes.map((a) => a.name));
      setAttributes({
        element: tag,
        values: Object.fromEntries(Object.entries(values).filter(([name]) => known.has(name))),
      });
    };
    // The editors' debug switch (the element's `debug` attribute) gets a panel of its own.
    const debug = element.attributes.find((attribute) => attribute.name === 'debug');
    const inspector = el(
      InspectorControls,
      null,
      el(
        PanelBody,
        { title: texts.element, initialOpen: true },
        el(SelectControl, {
          label: texts.element,
          value: element.tag,
          help: element.description,
          options: config.elements.map((e) => ({ value: e.tag, label: e.label + ' (<' + e.tag + '>)' })),
          onChange: choose,
        }),
      ),
      el(
        PanelBody,
        { title: texts.attributes, initialOpen: true },
        element.attributes
          .filter((attribute) => attribute.name !== 'debug')
          .map((attribute) => control(attribute, values[attribute.name], set)),
      ),
      debug
        ? el(
            PanelBody,
            { title: texts.editors, initialOpen: values.debug === true },
            el(ToggleControl, {
              label: texts.debug,
              help: debug.description + ' ' + texts.debugPreview,
              checked: values.debug === true,
              onChange: (on) => set('debug', on ? true : undefined),
            }),
          )
        : null,
    );
    const missingFeed =
      !config.feedUrl && !values.src
        ? el(
            Notice,
            { status: 'warning', isDismissible: false },
            texts.noFeed,
            config.settingsUrl
              ? [' ', el(ExternalLink, { key: 'link', href: config.settingsUrl }, texts.openSettings)]
              : null,
          )
        : null;
    return el(
      'div',
      useBlockProps({ role: 'group', 'aria-label': texts.previewLabel + ': ' + element.label }),
      inspector,
      missingFeed,
      el(ServerSideRender, {
        block: 'bildungsnetz/widget',
        attributes: { element: element.tag, values },
        httpMethod: 'POST',
      }),
    );
  }

  wp.blocks.registerBlockType('bildungsnetz/widget', {
    edit: Edit,
    // Rendered on the server, so the saved post holds only the block comment with its settings.
    save: () => null,
  });
})(window.wp, window.bildungsnetzWidgetsEditor);
