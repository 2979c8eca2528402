// The upload form of materials/page.html: one row per chosen file with its caption and activity, then one
// XMLHttpRequest per file with the file itself as the body (the server streams it to disk) and its
// progress shown. Name, caption and activity go percent-encoded in headers. The server checks everything
// again; the size check here only spares sending a file that would be refused.
(function () {
  'use strict';
  var form = document.getElementById('material-upload');
  if (form) {
    setUp(form);
  }
  document.addEventListener('submit', function (event) {
    var button = event.submitter;
    if (button && button.dataset.confirm && !window.confirm(button.dataset.confirm)) {
      event.preventDefault();
    }
  });

  function setUp(form) {
    var picker = form.querySelector('input[type=file]');
    var queue = form.querySelector('.material-queue');
    var rows = queue.querySelector('tbody');
    var start = form.querySelector('button[type=submit]');
    var items = [];

    picker.addEventListener('change', function () {
      rows.textContent = '';
      items = Array.prototype.map.call(picker.files, function (file) {
        var row = document.createElement('tr');
        var caption = input('说明', 500);
        var activity = input('所属活动', 200);
        activity.setAttribute('list', 'material-activities');
        var progress = document.createElement('progress');
        progress.max = 100;
        progress.value = 0;
        var state = document.createElement('span');
        row.appendChild(cell(text(file.name + '（' + human(file.size) + '）')));
        row.appendChild(cell(caption));
        row.appendChild(cell(activity));
        var status = cell(progress);
        status.appendChild(document.createTextNode(' '));
        status.appendChild(state);
        row.appendChild(status);
        rows.appendChild(row);
        var refusal = tooLarge(file, form.dataset);
        if (refusal) {
          state.textContent = refusal;
          state.className = 'error';
        }
        return { file: file, caption: caption, activity: activity, progress: progress, state: state, skip: !!refusal };
      });
      queue.hidden = items.length === 0;
      start.disabled = items.length === 0;
    });

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      start.disabled = true;
      picker.disabled = true;
      var failed = 0;
      var next = function (index) {
        if (index === items.length) {
          if (failed === 0) {
            window.location.assign(form.dataset.doneUrl);
          } else {
            var again = document.createElement('a');
            again.href = form.dataset.doneUrl;
            again.textContent = '刷新页面查看已上传的材料';
            form.appendChild(again);
          }
          return;
        }
        var item = items[index];
        if (item.skip) {
          failed++;
          next(index + 1);
          return;
        }
        send(form, item, function (ok) {
          if (!ok) {
            failed++;
          }
          next(index + 1);
        });
      };
      next(0);
    });
  }

  function send(form, item, done) {
    var request = new XMLHttpRequest();
    request.open('POST', form.dataset.endpoint);
    request.setRequestHeader(form.dataset.csrfHeader, form.dataset.csrfToken);
    request.setRequestHeader('X-Material-Name', encodeURIComponent(item.file.name));
    request.setRequestHeader('X-Material-Caption', encodeURIComponent(item.caption.value));
    request.setRequestHeader('X-Material-Activity', encodeURIComponent(item.activity.value));
    request.setRequestHeader('Content-Type', 'application/octet-stream');
    request.setRequestHeader('Accept', 'application/json');
    item.state.textContent = '上传中…';
    request.upload.addEventListener('progress', function (event) {
      if (event.lengthComputable) {
        item.progress.value = Math.round((event.loaded / event.total) * 100);
        item.state.textContent = item.progress.value + '%';
      }
    });
    request.addEventListener('load', function () {
      var ok = request.status >= 200 && request.status < 300;
      item.progress.value = ok ? 100 : item.progress.value;
      item.state.textContent = ok ? '已上传' : message(request);
      item.state.className = ok ? 'ok' : 'error';
      done(ok);
    });
    request.addEventListener('error', function () {
      item.state.textContent = '上传中断，请检查网络后重试。';
      item.state.className = 'error';
      done(false);
    });
    request.send(item.file);
  }

  function message(request) {
    try {
      return JSON.parse(request.responseText).message || ('上传失败（' + request.status + '）');
    } catch (e) {
      return '上传失败（' + request.status + '）';
    }
  }

  function tooLarge(file, limits) {
    var name = file.name.toLowerCase();
    var limit = /\.(mp4|m4v|mov)$/.test(name) ? Number(limits.videoBytes)
      : /\.(jpe?g|png|heic|heif|webp)$/.test(name) ? Number(limits.imageBytes) : Number(limits.documentBytes);
    if (file.size === 0) {
      return '空文件，不能上传。';
    }
    return file.size > limit ? '超过大小上限 ' + human(limit) + '。' : '';
  }

  function input(placeholder, maxLength) {
    var field = document.createElement('input');
    field.type = 'text';
    field.placeholder = placeholder;
    field.maxLength = maxLength;
    return field;
  }

  function cell(child) {
    var td = document.createElement('td');
    td.appendChild(child);
    return td;
  }

  function text(value) {
    return document.createTextNode(value);
  }

  function human(bytes) {
    var units = ['字节', 'KB', 'MB', 'GB'];
    var value = bytes;
    var unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return (unit === 0 ? value : value.toFixed(1).replace(/\.0$/, '')) + ' ' + units[unit];
  }
})();
